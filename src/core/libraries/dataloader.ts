import type { LibrarySpec } from './model';
import { members } from './helpers';

export const dataloader: LibrarySpec = {
  id: 'dataloader',
  displayName: 'DataLoader',
  target: 'its batch function',
  modules: ['dataloader'],
  exports: { default: { instance: 'dataloader.loader' } },
  types: { DataLoader: 'dataloader.loader' },
  kinds: {
    'dataloader.loader': {
      members: { ...members(['load', 'loadMany'], { op: 'batch' }), ...members(['clear', 'clearAll', 'prime'], {}) },
    },
  },
  batchAdvice: 'DataLoader already batches loads issued in the same tick',
};
