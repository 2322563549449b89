import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A single sign-on in progress, between /auth/oidc/start and /auth/oidc/callback: what the
 * callback must check (state, nonce, PKCE verifier) and where to go afterwards. The browser
 * holds only a random key in a short-lived cookie; the row is keyed by its SHA-256, deleted by
 * the callback that uses it (single use) and pruned once expired.
 */
@Entity('oidc_login_flow')
export class OidcLoginFlowEntity {
  @PrimaryColumn({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  @Column({ type: 'varchar', length: 200 })
  state: string;

  @Column({ type: 'varchar', length: 200 })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 200 })
  codeVerifier: string;

  /** A same-site path ('/…'), already checked by safeReturnTo. */
  @Column({ name: 'return_to', type: 'varchar', length: 500 })
  returnTo: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Index('oidc_login_flow_expires_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
