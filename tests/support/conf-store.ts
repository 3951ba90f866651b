import Conf from 'conf';
import { confDocument, confOptions } from '../../src/main/store/conf-document';

/** A store document kept by Conf, electron-store's base class, exactly as the Chromium host keeps it. */
export function confStore(cwd: string, configName = 'clinic') {
  const file = { cwd, configName };
  return confDocument(
    file,
    () => new Conf<Record<string, unknown>>({ ...confOptions(file), projectVersion: '0.0.0-test' }),
  );
}
