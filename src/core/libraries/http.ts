import type { LibrarySpec } from './model';
import { members } from './helpers';

const httpVerbs = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'postForm', 'putForm', 'patchForm'];

export const fetchApi: LibrarySpec = {
  id: 'fetch',
  displayName: 'fetch',
  target: 'an HTTP service',
  modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch'],
  exports: { default: { value: 'fetch.function' }, fetch: { value: 'fetch.function' } },
  globals: { fetch: { value: 'fetch.function' } },
  kinds: { 'fetch.function': { call: { op: 'http' } } },
  batchAdvice: 'use the service\'s batch endpoint if it has one, or cache responses per request',
};

export const axios: LibrarySpec = {
  id: 'axios',
  displayName: 'axios',
  target: 'an HTTP service',
  modules: ['axios'],
  exports: {
    default: { value: 'axios.instance' },
    axios: { value: 'axios.instance' },
    // Type-only exports used in annotations: `constructor(private readonly http: AxiosInstance)`.
    AxiosInstance: { instance: 'axios.instance' },
    AxiosStatic: { instance: 'axios.instance' },
  },
  types: { '/^Axios(Instance|Static)?$/': 'axios.instance' },
  kinds: {
    'axios.instance': {
      call: { op: 'http' },
      members: { ...members(httpVerbs, { op: 'http' }), create: { returns: 'axios.instance' } },
    },
  },
  batchAdvice: 'use the service\'s batch endpoint if it has one, or cache responses per request',
};

export const got: LibrarySpec = {
  id: 'got',
  displayName: 'got',
  target: 'an HTTP service',
  modules: ['got'],
  exports: { default: { value: 'got.instance' }, got: { value: 'got.instance' }, Got: { instance: 'got.instance' } },
  types: { Got: 'got.instance' },
  kinds: {
    'got.instance': {
      call: { op: 'http' },
      members: {
        ...members(['get', 'post', 'put', 'patch', 'delete', 'head'], { op: 'http' }),
        extend: { returns: 'got.instance' },
        paginate: { op: 'cursor-step' },
      },
    },
  },
  batchAdvice: 'use the service\'s batch endpoint if it has one, or cache responses per request',
};

export const undici: LibrarySpec = {
  id: 'undici',
  displayName: 'undici',
  target: 'an HTTP service',
  modules: ['undici'],
  exports: {
    request: { value: 'undici.function' },
    fetch: { value: 'undici.function' },
    stream: { value: 'undici.function' },
    Pool: { instance: 'undici.dispatcher' },
    Client: { instance: 'undici.dispatcher' },
    Agent: { instance: 'undici.dispatcher' },
    Dispatcher: { instance: 'undici.dispatcher' },
  },
  types: { '/^(Pool|Client|Agent|Dispatcher)$/': 'undici.dispatcher' },
  kinds: {
    'undici.function': { call: { op: 'http' } },
    'undici.dispatcher': { members: { ...members(['request', 'stream'], { op: 'http' }), close: {} } },
  },
  batchAdvice: 'use the service\'s batch endpoint if it has one, or cache responses per request',
};
