import { readFileSync } from 'node:fs';

// A service object of functions, exported as one default object (a common Express layout).
const getVersion = async (): Promise<string> => {
  return JSON.parse(readFileSync('package.json', 'utf8')).version; // expect: sync-in-handler
};

export default { getVersion };
