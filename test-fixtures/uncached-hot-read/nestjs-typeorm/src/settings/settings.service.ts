import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Cache } from 'cache-manager';
import { Repository } from 'typeorm';
import { APP_CACHE } from '../cache';
import { Setting } from '../entities/setting.entity';

const MAINTENANCE_KEY = 'maintenance';

@Injectable()
export class SettingsService {
  constructor(
    @InjectRepository(Setting) private readonly settings: Repository<Setting>,
    @Inject(APP_CACHE) private readonly cache: Cache,
  ) {}

  all(): Promise<Setting[]> {
    return this.cache.wrap('settings:all', () => this.settings.find()); // ok: uncached-hot-read -- cache-manager wrap
  }

  async maintenance(): Promise<boolean> {
    const row = await this.settings.findOneBy({ key: MAINTENANCE_KEY }); // expect: uncached-hot-read
    return row?.value === 'on';
  }

  async setMaintenance(on: boolean): Promise<void> {
    await this.settings.update({ key: MAINTENANCE_KEY }, { value: on ? 'on' : 'off' }); // ok: uncached-hot-read -- a write
    await this.cache.del('settings:all');
  }
}
