import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/decorators';
import { SsoProvider } from './models/sso-provider.model';
import { SsoService } from './sso.service';

@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Public()
  @Query(() => SsoProvider, {
    description: 'Whether single sign-on is offered; the button leads to /auth/oidc/start',
  })
  ssoProvider(): SsoProvider {
    return { enabled: this.sso.enabled, name: this.sso.providerName };
  }
}
