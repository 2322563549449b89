import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaxonomyTermEntity } from './entities/taxonomy-term.entity';
import { TaxonomyEntity } from './entities/taxonomy.entity';
import { TaxonomyTermsLoader } from './taxonomies.loaders';
import { TaxonomiesResolver } from './taxonomies.resolver';
import { TaxonomiesService } from './taxonomies.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaxonomyEntity, TaxonomyTermEntity])],
  providers: [TaxonomiesService, TaxonomyTermsLoader, TaxonomiesResolver],
  exports: [TaxonomiesService],
})
export class TaxonomiesModule {}
