import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795641451509 implements MigrationInterface {
  name = 'Foundation1795641451509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "taxonomy" ("key" character varying(40) NOT NULL, "name" jsonb NOT NULL, "position" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_e1d5d072af15131edb3d0f9665c" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "taxonomy_term" ("taxonomy_key" character varying(40) NOT NULL, "code" character varying(40) NOT NULL, "position" integer NOT NULL, "label" jsonb NOT NULL, "description" jsonb, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_cc87211f75d048a8987a5489a8f" PRIMARY KEY ("taxonomy_key", "code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "taxonomy_term_taxonomy_position_idx" ON "taxonomy_term"  ("taxonomy_key", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "seed_history" ("name" character varying(80) NOT NULL, "rows" integer NOT NULL, "seeded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3593e1c2b96d3b0a2d31cafba11" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "taxonomy_term" ADD CONSTRAINT "FK_247d9ea6e351755c9f4d93783ff" FOREIGN KEY ("taxonomy_key") REFERENCES "taxonomy"("key") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Lombardy's default taxonomies (../shared/DOMAIN.md), frozen as they were when this
    // migration was written: a migration never changes what it inserts. A later change to the
    // defaults in @oip/domain goes in a new migration that upserts the changed terms and bumps
    // `taxonomy.version`; taxonomies.e2e.spec.ts fails until it exists.
    for (const [position, taxonomy] of LOMBARDY_TAXONOMIES.entries()) {
      await queryRunner.query(
        `INSERT INTO "taxonomy" ("key", "name", "position") VALUES ($1, $2, $3)`,
        [taxonomy.key, JSON.stringify(taxonomy.name), position],
      );
      for (const [
        termPosition,
        [code, labelIt, labelEn, descriptionIt, descriptionEn],
      ] of taxonomy.terms.entries()) {
        const description = descriptionIt
          ? JSON.stringify({ it: descriptionIt, en: descriptionEn })
          : null;
        await queryRunner.query(
          `INSERT INTO "taxonomy_term" ("taxonomy_key", "code", "position", "label", "description") VALUES ($1, $2, $3, $4, $5)`,
          [
            taxonomy.key,
            code,
            termPosition,
            JSON.stringify({ it: labelIt, en: labelEn }),
            description,
          ],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "taxonomy_term" DROP CONSTRAINT "FK_247d9ea6e351755c9f4d93783ff"`,
    );
    await queryRunner.query(`DROP TABLE "seed_history"`);
    await queryRunner.query(`DROP INDEX "public"."taxonomy_term_taxonomy_position_idx"`);
    await queryRunner.query(`DROP TABLE "taxonomy_term"`);
    await queryRunner.query(`DROP TABLE "taxonomy"`);
  }
}

/** [code, label it, label en, description it?, description en?] per term. */
const LOMBARDY_TAXONOMIES: {
  key: string;
  name: { it: string; en: string };
  terms: string[][];
}[] = [
  {
    key: 'organisation_kind',
    name: {
      it: 'Tipo di organizzazione',
      en: 'Organisation kind',
    },
    terms: [
      ['sme', 'PMI', 'SME'],
      ['large_company', 'Grande impresa', 'Large company'],
      ['startup', 'Startup', 'Startup'],
      ['university', 'Università', 'University'],
      ['research_centre', 'Centro di ricerca', 'Research centre'],
      ['research_hospital', 'Ospedale / IRCCS', 'Hospital / research hospital (IRCCS)'],
      ['public_body', 'Ente pubblico', 'Public body'],
      ['cluster', 'Cluster / associazione', 'Cluster / association'],
      ['investor', 'Investitore', 'Investor'],
    ],
  },
  {
    key: 's3_ecosystem',
    name: {
      it: 'Ecosistema dell’innovazione S3',
      en: 'S3 innovation ecosystem',
    },
    terms: [
      ['nutrition', 'Nutrizione', 'Nutrition'],
      ['health_life_science', 'Salute e life science', 'Health and life science'],
      ['culture_knowledge', 'Cultura e conoscenza', 'Culture and knowledge'],
      ['connectivity_information', 'Connettività e informazione', 'Connectivity and information'],
      [
        'smart_mobility_architecture',
        'Smart mobility e architecture',
        'Smart mobility and architecture',
      ],
      ['sustainability', 'Sostenibilità', 'Sustainability'],
      ['social_development', 'Sviluppo sociale', 'Social development'],
      ['advanced_manufacturing', 'Manifattura avanzata', 'Advanced manufacturing'],
    ],
  },
  {
    key: 'province',
    name: {
      it: 'Provincia',
      en: 'Province',
    },
    terms: [
      ['BG', 'Bergamo', 'Bergamo'],
      ['BS', 'Brescia', 'Brescia'],
      ['CO', 'Como', 'Como'],
      ['CR', 'Cremona', 'Cremona'],
      ['LC', 'Lecco', 'Lecco'],
      ['LO', 'Lodi', 'Lodi'],
      ['MN', 'Mantova', 'Mantua'],
      ['MI', 'Milano', 'Milan'],
      ['MB', 'Monza e Brianza', 'Monza and Brianza'],
      ['PV', 'Pavia', 'Pavia'],
      ['SO', 'Sondrio', 'Sondrio'],
      ['VA', 'Varese', 'Varese'],
    ],
  },
  {
    key: 'ateco_section',
    name: {
      it: 'Sezione ATECO',
      en: 'ATECO section',
    },
    terms: [
      ['A', 'Agricoltura, silvicoltura e pesca', 'Agriculture, forestry and fishing'],
      ['B', 'Estrazione di minerali da cave e miniere', 'Mining and quarrying'],
      ['C', 'Attività manifatturiere', 'Manufacturing'],
      [
        'D',
        'Fornitura di energia elettrica, gas, vapore e aria condizionata',
        'Electricity, gas, steam and air conditioning supply',
      ],
      [
        'E',
        'Fornitura di acqua; reti fognarie, gestione dei rifiuti e risanamento',
        'Water supply; sewerage, waste management and remediation',
      ],
      ['F', 'Costruzioni', 'Construction'],
      [
        'G',
        'Commercio all’ingrosso e al dettaglio; riparazione di autoveicoli e motocicli',
        'Wholesale and retail trade; repair of motor vehicles and motorcycles',
      ],
      ['H', 'Trasporto e magazzinaggio', 'Transportation and storage'],
      [
        'I',
        'Attività dei servizi di alloggio e di ristorazione',
        'Accommodation and food service activities',
      ],
      ['J', 'Servizi di informazione e comunicazione', 'Information and communication'],
      ['K', 'Attività finanziarie e assicurative', 'Financial and insurance activities'],
      ['L', 'Attività immobiliari', 'Real estate activities'],
      [
        'M',
        'Attività professionali, scientifiche e tecniche',
        'Professional, scientific and technical activities',
      ],
      [
        'N',
        'Noleggio, agenzie di viaggio, servizi di supporto alle imprese',
        'Administrative and support service activities',
      ],
      [
        'O',
        'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
        'Public administration and defence; compulsory social security',
      ],
      ['P', 'Istruzione', 'Education'],
      ['Q', 'Sanità e assistenza sociale', 'Human health and social work activities'],
      [
        'R',
        'Attività artistiche, sportive, di intrattenimento e divertimento',
        'Arts, entertainment and recreation',
      ],
      ['S', 'Altre attività di servizi', 'Other service activities'],
      [
        'T',
        'Attività di famiglie e convivenze come datori di lavoro per personale domestico',
        'Activities of households as employers',
      ],
      [
        'U',
        'Organizzazioni ed organismi extraterritoriali',
        'Activities of extraterritorial organisations and bodies',
      ],
    ],
  },
  {
    key: 'trl',
    name: {
      it: 'Livello di maturità tecnologica (TRL)',
      en: 'Technology readiness level (TRL)',
    },
    terms: [
      ['1', 'TRL 1', 'TRL 1', 'Principi di base osservati', 'Basic principles observed'],
      ['2', 'TRL 2', 'TRL 2', 'Concetto tecnologico formulato', 'Technology concept formulated'],
      ['3', 'TRL 3', 'TRL 3', 'Prova di concetto sperimentale', 'Experimental proof of concept'],
      [
        '4',
        'TRL 4',
        'TRL 4',
        'Tecnologia convalidata in laboratorio',
        'Technology validated in lab',
      ],
      [
        '5',
        'TRL 5',
        'TRL 5',
        'Tecnologia convalidata in ambiente rilevante',
        'Technology validated in relevant environment',
      ],
      [
        '6',
        'TRL 6',
        'TRL 6',
        'Tecnologia dimostrata in ambiente rilevante',
        'Technology demonstrated in relevant environment',
      ],
      [
        '7',
        'TRL 7',
        'TRL 7',
        'Dimostrazione di un prototipo di sistema in ambiente operativo',
        'System prototype demonstration in operational environment',
      ],
      ['8', 'TRL 8', 'TRL 8', 'Sistema completo e qualificato', 'System complete and qualified'],
      [
        '9',
        'TRL 9',
        'TRL 9',
        'Sistema reale provato in ambiente operativo',
        'Actual system proven in operational environment',
      ],
    ],
  },
  {
    key: 'partnership_type',
    name: {
      it: 'Tipo di partnership',
      en: 'Partnership type',
    },
    terms: [
      ['licensing', 'Licenza', 'Licensing'],
      ['joint_rnd', 'Ricerca e sviluppo congiunta', 'Joint R&D'],
      ['technical_cooperation', 'Cooperazione tecnica', 'Technical cooperation'],
      ['pilot', 'Progetto pilota / banco di prova', 'Pilot / test-bed'],
      [
        'commercial_agreement',
        'Accordo di fornitura / commerciale',
        'Supply / commercial agreement',
      ],
      ['investment', 'Investimento', 'Investment'],
      ['services', 'Servizi', 'Services'],
    ],
  },
];
