import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { inflateSync } from 'node:zlib';

export interface Manifest {
  files: string[];
}

/** The import manifest arrives deflated and base64-encoded. */
@Injectable()
export class ParseManifestPipe implements PipeTransform<string, Manifest> {
  transform(value: string): Manifest {
    try {
      return JSON.parse(inflateSync(Buffer.from(value, 'base64')).toString('utf8')); // expect: sync-in-handler
    } catch {
      throw new BadRequestException('invalid manifest');
    }
  }
}
