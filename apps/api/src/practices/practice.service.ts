import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PracticeEntity } from './practice.entity';

/**
 * One practice per deployment for now: the portal API key belongs to it. The table already
 * has practice ids everywhere so that several practices can share one database later.
 */
@Injectable()
export class PracticeService {
  private cached: PracticeEntity | null = null;

  constructor(@InjectRepository(PracticeEntity) private readonly repo: Repository<PracticeEntity>) {}

  async current(): Promise<PracticeEntity> {
    if (this.cached) return this.cached;
    const [practice] = await this.repo.find({ order: { createdAt: 'ASC' }, take: 1 });
    if (!practice) throw new ServiceUnavailableException('No practice is set up yet');
    this.cached = practice;
    return practice;
  }

  forget(): void {
    this.cached = null;
  }
}
