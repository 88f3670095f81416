// A small seed in the shape of tests/sites/seed (buildSeed) for the replica's own tests, so they
// do not depend on the shared seed's contents, and a helper that serves the replica on a free port.
import http from 'node:http';
import { createHkdApp } from './app.mjs';

export const FIXTURE_SEED = {
  provinces: [
    { name: 'Thành phố Hồ Chí Minh', code: '79', wards: ['Phường Thủ Đức', 'Phường Sài Gòn', 'Xã Bình Chánh', 'Đặc khu Côn Đảo'] },
    { name: 'Thành phố Đà Nẵng', code: '48', wards: ['Phường Thanh Khê', 'Phường Hải Châu'] },
    { name: 'Tỉnh Đồng Nai', code: '75', wards: ['Phường Biên Hòa', 'Xã Long Thành'] },
  ],
  registeredHouseholds: [
    {
      code: '079085001234', name: 'HỘ KINH DOANH PHỞ HÀ', ownerName: 'LÊ VĂN HÀ', ownerDocNumber: '079085001234',
      certificateNumber: '41K8001234', ward: 'Phường Thủ Đức', province: 'Thành phố Hồ Chí Minh',
    },
  ],
  accounts: [
    { username: 'motcua.td01', password: 'abc123', fullName: 'Phạm Thị Lan', phone: '0909000111', email: 'lan@example.vn' },
  ],
};

/** Serve a fresh replica on 127.0.0.1:<free port>; returns { origin, app, close }. */
export async function startHkd(options = {}, seed = FIXTURE_SEED) {
  const app = createHkdApp(seed, options);
  const server = http.createServer((req, res) => {
    app(req, res).catch((err) => {
      res.writeHead(500);
      res.end(String(err?.stack ?? err));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
