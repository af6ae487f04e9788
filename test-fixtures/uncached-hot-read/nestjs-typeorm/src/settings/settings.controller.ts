import { Body, Controller, Get, Put } from '@nestjs/common';
import { Setting } from '../entities/setting.entity';
import { SettingsService } from './settings.service';

@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  all(): Promise<Setting[]> {
    return this.settings.all(); // ok: uncached-hot-read -- cache-manager wraps the read
  }

  @Get('maintenance')
  async maintenance(): Promise<{ on: boolean }> {
    return { on: await this.settings.maintenance() };
  }

  @Put('maintenance')
  setMaintenance(@Body('on') on: boolean): Promise<void> {
    return this.settings.setMaintenance(on);
  }
}
