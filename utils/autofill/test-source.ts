// Test data: a registration and a change dossier as System A's readers give them.
import { HouseholdBusinessRecordSchema } from '@/utils/hkd/record';
import type { CaptureSource } from './source';

export function registrationSource(): CaptureSource {
  return {
    dossierCode: '000.00.12.H29-261130-0016',
    procedureCode: '1.001612.000.00.00.H29',
    record: HouseholdBusinessRecordSchema.parse({
      procedure: 'register',
      owner: {
        fullName: 'Trương Ngọc Vy', birthDate: '11/09/1996', gender: 'female', ethnicity: 'Kinh', nationality: 'Việt Nam',
        docType: 'Căn cước', docNumber: '075196014944', docDate: '02/12/2023', docPlace: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
        permanentAddress: { province: 'Thành phố Hồ Chí Minh', ward: 'Phường Thủ Đức', street: '4 Đoàn Công Hớn, Khu phố 7' },
        contactAddress: { province: 'Thành phố Hồ Chí Minh', ward: 'Phường Thủ Đức', street: '4 Đoàn Công Hớn, Khu phố 7' },
        phone: '0853 423 637', email: 'truong.ngoc.vy80@gmail.com',
      },
      business: {
        name: 'Hộ kinh doanh Tiệm bánh Thiên Phú', seat: { province: 'Thành phố Hồ Chí Minh', ward: 'Phường Thủ Đức', street: '160 Đoàn Công Hớn, Khu phố 11' },
        phone: '0853423637', lines: [{ name: 'Sản xuất các loại bánh từ bột', code: '1071', main: true }, { name: 'Bán lẻ bánh kẹo', code: '', main: false }],
        capital: 160000000, employees: 2, startDate: '07/12/2026',
      },
      submitter: { kind: 'owner', fullName: 'Trương Ngọc Vy', docNumber: '075196014944' },
    }),
  };
}

export function changeSource(): CaptureSource {
  return {
    dossierCode: '000.00.12.H29-261130-0030',
    procedureCode: '2.000720.000.00.00.H29',
    record: HouseholdBusinessRecordSchema.parse({
      procedure: 'change',
      owner: { fullName: 'Bùi Văn Hùng', docNumber: '087096222087' },
      business: { name: 'HỘ KINH DOANH TIỆM TÓC BẢO NGỌC', seat: { province: 'Thành phố Hồ Chí Minh', ward: 'Phường Thủ Đức', street: '58 Kha Vạn Cân, Khu phố 12' } },
      existing: { householdCode: '087096222087', certificateNumber: '41M8767697' },
      submitter: { kind: 'owner', fullName: 'Bùi Văn Hùng', docNumber: '087096222087' },
    }),
    notice: {
      changes: [
        { item: 'Ngành, nghề kinh doanh', newValue: 'Bổ sung: 4723 - Bán lẻ đồ uống có cồn' },
        { item: 'Địa chỉ trụ sở', newValue: '45 Võ Văn Ngân, Khu phố 2' },
        { item: 'Người đại diện theo ủy quyền', newValue: 'Nguyễn Văn A' },
      ],
    },
  };
}
