// The suite run against the hotpath extension installed from the packaged .vsix.
import { runSuite } from '../suite/index';

export function run(): Promise<void> {
  return runSuite(__dirname);
}
