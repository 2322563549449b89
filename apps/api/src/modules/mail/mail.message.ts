/** What a feature hands to MailService: one recipient, a plain-text body, optionally HTML. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}
