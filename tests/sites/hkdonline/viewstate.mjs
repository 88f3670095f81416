// __VIEWSTATE and __EVENTVALIDATION as ASP.NET WebForms emits them: base64 of the serialized
// page state followed by a MAC, so a tampered or missing value is refused like
// "Validation of viewstate MAC failed". The MAC key lives only in this server instance.
import { createHmac, randomBytes } from 'node:crypto';

const MAC_BYTES = 20;

export class ViewStateError extends Error {}

export function createViewStateCodec(secret = randomBytes(32).toString('hex')) {
  const mac = (purpose, bytes) =>
    createHmac('sha1', secret).update(purpose).update(bytes).digest().subarray(0, MAC_BYTES);

  function encode(purpose, value) {
    // "/wE" prefix: real ViewState strings start with the LosFormatter marker 0xFF 0x01.
    const body = Buffer.concat([Buffer.from([0xff, 0x01]), Buffer.from(JSON.stringify(value), 'utf8')]);
    return Buffer.concat([body, mac(purpose, body)]).toString('base64');
  }

  function decode(purpose, text) {
    if (!text) throw new ViewStateError('The state information is invalid for this page and might be corrupted.');
    const raw = Buffer.from(text, 'base64');
    if (raw.length <= MAC_BYTES + 2) throw new ViewStateError('Invalid viewstate.');
    const body = raw.subarray(0, raw.length - MAC_BYTES);
    const given = raw.subarray(raw.length - MAC_BYTES);
    if (!given.equals(mac(purpose, body))) throw new ViewStateError('Validation of viewstate MAC failed.');
    try {
      return JSON.parse(body.subarray(2).toString('utf8'));
    } catch {
      throw new ViewStateError('Invalid viewstate.');
    }
  }

  return {
    /** Serialize the page state `{ page, h, w }`. */
    viewState: (state) => encode('__VIEWSTATE', state),
    readViewState: (text) => decode('__VIEWSTATE', text),
    /** The postback targets the rendered page allows (buttons, link buttons, AutoPostBack controls). */
    eventValidation: (targets) => encode('__EVENTVALIDATION', targets),
    readEventValidation: (text) => decode('__EVENTVALIDATION', text),
  };
}
