import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConsentEntity } from './entities/consent.entity';
import type { Consent } from './models/account.model';

@Injectable()
export class ConsentsService {
  constructor(
    @InjectRepository(ConsentEntity) private readonly consents: Repository<ConsentEntity>,
  ) {}

  /** Newest first; a person gives a handful of consents, capped anyway. */
  async history(userId: string): Promise<Consent[]> {
    const rows = await this.consents.find({
      where: { userId },
      order: { givenAt: 'DESC' },
      take: 200,
    });
    return rows.map(({ kind, version, granted, givenAt }) => ({ kind, version, granted, givenAt }));
  }
}
