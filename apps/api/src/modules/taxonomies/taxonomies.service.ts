import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { TaxonomyKey } from '@oip/domain';
import { In, Repository } from 'typeorm';
import { TaxonomyTermEntity } from './entities/taxonomy-term.entity';
import { TaxonomyEntity } from './entities/taxonomy.entity';
import type { Taxonomy, TaxonomyTerm } from './models/taxonomy.model';

@Injectable()
export class TaxonomiesService {
  constructor(
    @InjectRepository(TaxonomyEntity) private readonly taxonomies: Repository<TaxonomyEntity>,
    @InjectRepository(TaxonomyTermEntity) private readonly terms: Repository<TaxonomyTermEntity>,
  ) {}

  async list(): Promise<Taxonomy[]> {
    const rows = await this.taxonomies.find({ order: { position: 'ASC' } });
    return rows.map(toTaxonomy);
  }

  async findByKey(key: TaxonomyKey): Promise<Taxonomy | null> {
    const row = await this.taxonomies.findOneBy({ key });
    return row ? toTaxonomy(row) : null;
  }

  /** Active terms of several taxonomies in one query, grouped in the order of `keys`. */
  async activeTermsOf(keys: readonly string[]): Promise<TaxonomyTerm[][]> {
    const rows = await this.terms.find({
      where: { taxonomyKey: In([...keys]), active: true },
      order: { taxonomyKey: 'ASC', position: 'ASC' },
    });
    const byKey = new Map<string, TaxonomyTerm[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(row.taxonomyKey)?.push(toTerm(row));
    return keys.map((key) => byKey.get(key) ?? []);
  }
}

function toTaxonomy(row: TaxonomyEntity): Taxonomy {
  return { key: row.key as TaxonomyKey, name: row.name, version: row.version };
}

function toTerm(row: TaxonomyTermEntity): TaxonomyTerm {
  return {
    id: `${row.taxonomyKey}:${row.code}`,
    code: row.code,
    label: row.label,
    description: row.description,
    position: row.position,
  };
}
