import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Single sign-on, for the sign-in page’s button' })
export class SsoProvider {
  @Field({ description: 'False when OIDC_ISSUER_URL / OIDC_CLIENT_ID are not configured' })
  enabled: boolean;

  @Field({ description: 'The provider’s name for the button: “Sign in with …”' })
  name: string;
}
