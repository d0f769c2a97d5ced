import type { RotationAdvice } from './types.ts';

// Steps every leak shares (checklist C10): the log that held it is itself sensitive now.
const LOGS =
  'Purge or restrict the logs, traces and error reports that hold the value; keep a sealed copy for the investigation.';
const AUDIT =
  "Review the provider's audit log for use of the credential since it was first logged.";
const ENV =
  'Update every place that held the old value (MCP client config env, CI secrets, secret manager) with the new one, from a secret manager rather than a file.';

function advice(
  provider: string,
  revokeAt: string,
  revoke: string,
  extra: readonly string[],
  docs?: string,
): RotationAdvice {
  const a: RotationAdvice = { provider, revokeAt, steps: [revoke, ...extra, AUDIT, ENV, LOGS] };
  if (docs) a.docs = docs;
  return a;
}

/** Rotation advice per family (`SecretRule.family`), as data. */
export const ROTATION_ADVICE: Readonly<Record<string, RotationAdvice>> = {
  github: advice(
    'GitHub',
    'https://github.com/settings/tokens (apps: https://github.com/settings/applications; org: Settings → Personal access tokens)',
    'Revoke the token (classic or fine-grained PAT, OAuth or app authorisation); for an app installation token, rotate the app private key.',
    [
      'Check the organisation audit log and the security log for clones, pushes and new deploy keys, webhooks or tokens.',
      'Review repository webhooks, deploy keys, Actions secrets and branch protections the token could change.',
    ],
    'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation',
  ),
  gitlab: advice(
    'GitLab',
    'User settings → Access tokens (project/group: Settings → Access tokens; runners: CI/CD → Runners)',
    'Revoke the token (or rotate it with the rotate API); re-register runners for a leaked runner token.',
    ['Check audit events for pushes, new tokens, deploy keys and pipeline changes.'],
    'https://docs.gitlab.com/ee/security/token_overview.html',
  ),
  npm: advice(
    'npm',
    'https://www.npmjs.com/settings/~/tokens',
    'Delete the token; if it could publish, check every package it could publish for unexpected versions and deprecate or unpublish them.',
    ['Enable 2FA for publishing and prefer granular, expiring tokens or trusted publishing.'],
    'https://docs.npmjs.com/revoking-access-tokens',
  ),
  pypi: advice(
    'PyPI',
    'https://pypi.org/manage/account/token/',
    'Remove the API token; check the release history of the scoped projects and yank unexpected releases.',
    ['Prefer trusted publishing (OIDC) over long-lived tokens.'],
    'https://pypi.org/help/#apitoken',
  ),
  docker: advice(
    'Docker Hub',
    'https://app.docker.com/settings/personal-access-tokens',
    'Delete the access token.',
    [
      'Check pushed tags of every repository for images you did not build; re-push from a trusted build.',
    ],
  ),
  huggingface: advice(
    'Hugging Face',
    'https://huggingface.co/settings/tokens',
    'Invalidate (refresh) or delete the token.',
    ['Check private repos, datasets and Spaces for unexpected commits or visibility changes.'],
  ),
  openai: advice(
    'OpenAI',
    'https://platform.openai.com/api-keys (admin keys: Organization → Admin keys)',
    'Delete the secret key and create a new one for the project.',
    ['Review usage for unexpected spend; check files, assistants and fine-tunes for exfiltration.'],
    'https://help.openai.com/en/articles/9047852',
  ),
  anthropic: advice(
    'Anthropic',
    'https://console.anthropic.com/settings/keys (Claude Code OAuth: run `claude /logout` and sign in again)',
    'Disable and delete the API key (or log out to revoke the OAuth session).',
    ['Review usage and workspace members for unexpected activity.'],
  ),
  groq: advice('Groq', 'https://console.groq.com/keys', 'Delete the API key.', ['Review usage.']),
  replicate: advice(
    'Replicate',
    'https://replicate.com/account/api-tokens',
    'Delete the API token.',
    ['Review predictions and billing.'],
  ),
  perplexity: advice(
    'Perplexity',
    'https://www.perplexity.ai/account/api/keys',
    'Delete the API key.',
    ['Review usage.'],
  ),
  xai: advice('xAI', 'https://console.x.ai → API Keys', 'Delete the API key.', ['Review usage.']),
  openrouter: advice('OpenRouter', 'https://openrouter.ai/settings/keys', 'Delete the key.', [
    'Review credit usage and per-key limits.',
  ]),
  langsmith: advice('LangSmith', 'LangSmith → Settings → API Keys', 'Delete the API key.', [
    'Assume traces (prompts, tool I/O) were read: check them for further secrets.',
  ]),
  pinecone: advice('Pinecone', 'Pinecone console → API Keys', 'Delete the API key.', [
    'Check indexes for deleted or altered vectors.',
  ]),
  tavily: advice('Tavily', 'https://app.tavily.com → API Keys', 'Delete the API key.', [
    'Review credit usage.',
  ]),
  aws: advice(
    'AWS',
    'IAM console → Users → Security credentials → Access keys (temporary ASIA keys: revoke the role sessions)',
    'Deactivate, then delete the access key; for temporary credentials, revoke active sessions of the role (IAM → Roles → Revoke sessions).',
    [
      'Check CloudTrail for the key id: new IAM users, keys, roles, Lambda functions, EC2 instances or S3 policy changes.',
      'Rotate anything the principal could read (Secrets Manager, SSM parameters).',
    ],
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  ),
  'google-api-key': advice(
    'Google Cloud',
    'https://console.cloud.google.com/apis/credentials',
    'Regenerate or delete the key; add application and API restrictions to the replacement.',
    ['Check billing and API metrics for unexpected usage (Gemini, Maps).'],
    'https://cloud.google.com/docs/authentication/api-keys',
  ),
  'google-oauth': advice(
    'Google',
    'https://myaccount.google.com/permissions (client secrets: Cloud console → APIs & Services → Credentials)',
    'Revoke the token (https://oauth2.googleapis.com/revoke) or remove the app grant; reset a leaked client secret.',
    ['Refresh tokens survive password changes: revoke the grant explicitly.'],
  ),
  gcp: advice(
    'Google Cloud',
    'IAM & Admin → Service accounts → the account → Keys',
    'Delete the service-account key (the private_key_id); create a new one only if workload identity cannot replace it.',
    ['Check Cloud Audit Logs for the service account; review the IAM roles it holds.'],
    'https://cloud.google.com/iam/docs/keys-create-delete',
  ),
  'azure-storage': advice(
    'Microsoft Azure',
    'Portal → Storage account → Security + networking → Access keys (SAS: rotate the signing key or revoke the stored access policy)',
    'Rotate the account key that signed it (key1/key2); a SAS stays valid until its signing key rotates or its policy is removed.',
    ['Prefer Entra ID (RBAC) and user-delegation SAS with short expiry.'],
    'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
  ),
  'azure-service-bus': advice(
    'Microsoft Azure',
    'Portal → namespace → Shared access policies',
    'Regenerate the primary/secondary key of the policy.',
    ['Check for forged or drained messages.'],
  ),
  'azure-ad': advice(
    'Microsoft Entra ID',
    'Entra admin center → App registrations → the app → Certificates & secrets',
    'Delete the client secret and create a new one (or switch to a certificate or managed identity).',
    ['Check sign-in logs of the service principal; review its API permissions.'],
  ),
  digitalocean: advice(
    'DigitalOcean',
    'https://cloud.digitalocean.com/account/api/tokens',
    'Delete the token.',
    ['Check the security history for new droplets, keys or firewall changes.'],
  ),
  heroku: advice(
    'Heroku',
    'https://dashboard.heroku.com/account/applications',
    'Revoke the authorization or regenerate the API key.',
    ['Rotate config vars the key could read.'],
  ),
  cloudflare: advice(
    'Cloudflare',
    'https://dash.cloudflare.com/profile/api-tokens',
    'Roll or delete the API token (or the global API key).',
    ['Check the audit log for DNS, WAF and Workers changes.'],
  ),
  supabase: advice(
    'Supabase',
    'Dashboard → Project Settings → API Keys (personal tokens: Account → Access Tokens)',
    'Rotate the JWT secret / secret API key (this invalidates the service_role key) or revoke the access token.',
    ['Review table data changes; row-level security was bypassed.'],
  ),
  'hashicorp-vault': advice(
    'HashiCorp Vault',
    'vault token revoke <accessor>',
    'Revoke the token (and its children) by accessor.',
    ['Rotate every secret its policies could read.'],
  ),
  'terraform-cloud': advice(
    'HCP Terraform',
    'User settings → Tokens (org/team tokens: Organization settings → API tokens)',
    'Delete the token.',
    ['State files hold secrets: rotate those the token could read.'],
  ),
  tailscale: advice(
    'Tailscale',
    'https://login.tailscale.com/admin/settings/keys',
    'Revoke the key.',
    ['Remove devices joined with a leaked auth key.'],
  ),
  databricks: advice(
    'Databricks',
    'User settings → Developer → Access tokens',
    'Revoke the token.',
    ['Check the audit logs for cluster and job changes.'],
  ),
  slack: advice(
    'Slack',
    'https://api.slack.com/apps → the app → OAuth & Permissions (Revoke tokens) or auth.revoke',
    'Revoke the token (auth.revoke) or rotate the app credentials; reinstall the app to issue new tokens.',
    ['Check the workspace access logs and the channels the token could read.'],
  ),
  'slack-webhook': advice(
    'Slack',
    'https://api.slack.com/apps → the app → Incoming Webhooks',
    'Remove the webhook URL (deactivating it) and create a new one.',
    ['Warn the channel about messages posted through it.'],
  ),
  discord: advice(
    'Discord',
    'https://discord.com/developers/applications → Bot → Reset Token (webhooks: channel settings → Integrations)',
    'Reset the bot token or delete the webhook.',
    ['Check guild audit logs.'],
  ),
  telegram: advice(
    'Telegram',
    '@BotFather → /revoke',
    'Revoke the token with BotFather and issue a new one.',
    [],
  ),
  twilio: advice(
    'Twilio',
    'https://console.twilio.com → Account → API keys & tokens',
    'Delete the API key or rotate the auth token (secondary → primary).',
    ['Check message and call logs for fraud.'],
  ),
  sendgrid: advice(
    'SendGrid',
    'https://app.sendgrid.com/settings/api_keys',
    'Delete the API key.',
    ['Check email activity for phishing sent as you.'],
  ),
  mailgun: advice('Mailgun', 'Mailgun → API Security', 'Rotate the API key.', [
    'Check sending logs.',
  ]),
  mailchimp: advice('Mailchimp', 'Account → Extras → API keys', 'Disable the API key.', [
    'Check audience exports and campaign sends.',
  ]),
  notion: advice(
    'Notion',
    'https://www.notion.so/my-integrations',
    'Refresh (rotate) the integration secret.',
    ['Review pages shared with the integration.'],
  ),
  linear: advice('Linear', 'Settings → Security & access → API keys', 'Revoke the key.', [
    'Review audit log for issue changes.',
  ]),
  atlassian: advice(
    'Atlassian',
    'https://id.atlassian.com/manage-profile/security/api-tokens (Bitbucket: App passwords)',
    'Revoke the API token or app password.',
    ['Check Jira/Confluence audit logs.'],
  ),
  figma: advice('Figma', 'Settings → Security → Personal access tokens', 'Revoke the token.', []),
  airtable: advice('Airtable', 'https://airtable.com/create/tokens', 'Delete the token.', []),
  postman: advice('Postman', 'https://go.postman.co/settings/me/api-keys', 'Revoke the API key.', [
    'Collections often hold more secrets: rotate those too.',
  ]),
  sentry: advice(
    'Sentry',
    'Settings → Auth Tokens (org tokens: Organization → Developer settings; DSN keys: Project → Client Keys)',
    'Revoke the token or disable and regenerate the client key.',
    [],
  ),
  datadog: advice(
    'Datadog',
    'Organization settings → API Keys / Application Keys',
    'Revoke the key and create a new one.',
    ['Check the audit trail.'],
  ),
  grafana: advice(
    'Grafana',
    'Administration → Service accounts → the account → Tokens (Cloud: Access policies)',
    'Delete the token.',
    [],
  ),
  newrelic: advice(
    'New Relic',
    'API keys UI (one.newrelic.com → API keys)',
    'Delete or rotate the key.',
    [],
  ),
  shopify: advice(
    'Shopify',
    'Shopify admin → Apps → Develop apps → the app → API credentials',
    'Rotate the Admin API access token or app secret (uninstall/reinstall the custom app).',
    ['Check orders and customer exports.'],
  ),
  stripe: advice(
    'Stripe',
    'https://dashboard.stripe.com/apikeys (webhooks: Developers → Webhooks → Roll secret)',
    'Roll the secret or restricted key (expire the old one now); roll a leaked webhook signing secret.',
    ['Review recent charges, refunds, payouts and new webhook endpoints.'],
    'https://docs.stripe.com/keys#rolling-keys',
  ),
  square: advice(
    'Square',
    'Developer Dashboard → Credentials',
    'Replace the access token or application secret.',
    ['Review payments and refunds.'],
  ),
  doppler: advice('Doppler', 'Dashboard → Access → tokens', 'Revoke the token.', [
    'Rotate every secret of the configs it could read.',
  ]),
  '1password': advice(
    '1Password',
    '1Password.com → Developer → Service accounts',
    'Revoke the service account token.',
    ['Rotate the vault items it could read.'],
  ),
  age: advice(
    'age / SOPS',
    'age-keygen (new identity); sops updatekeys',
    'Generate a new identity, re-encrypt every file for the new recipient, remove the old one.',
    ['Treat all data encrypted to the old recipient as disclosed.'],
  ),
  vercel: advice('Vercel', 'https://vercel.com/account/tokens', 'Delete the token.', [
    'Rotate environment variables it could read.',
  ]),
  netlify: advice(
    'Netlify',
    'User settings → Applications → Personal access tokens',
    'Revoke the token.',
    [],
  ),
  flyio: advice('Fly.io', 'fly tokens revoke <id>', 'Revoke the token.', [
    'Rotate app secrets it could read.',
  ]),
  planetscale: advice(
    'PlanetScale',
    'Organization → Service tokens (passwords: Database → Passwords)',
    'Delete the service token or database password.',
    [],
  ),
  resend: advice('Resend', 'https://resend.com/api-keys', 'Delete the API key.', []),
  neon: advice('Neon', 'Account settings → API keys', 'Revoke the key.', [
    'Reset database role passwords it could read.',
  ]),
  'microsoft-oauth': advice(
    'Microsoft',
    'Entra admin center → Users → the user → Revoke sessions (or Revoke-MgUserSignInSession); personal accounts: account.microsoft.com → Privacy → Apps and services',
    'Revoke the sign-in sessions of the user, which invalidates its refresh tokens; remove the app consent if the app is not trusted.',
    ['Check sign-in and audit logs for token use from unknown addresses.'],
  ),
  okta: advice('Okta', 'Admin console → Security → API → Tokens', 'Revoke the API token.', [
    'Check the system log for admin actions made with it.',
  ]),
  'llm-api-key': advice(
    'The LLM provider that issued it',
    "The provider's console → API keys (DeepSeek, Alibaba Cloud Model Studio, Moonshot…)",
    'Delete the key and create a new one.',
    ['Review usage and billing.'],
  ),
  mapbox: advice(
    'Mapbox',
    'https://account.mapbox.com/access-tokens/',
    'Delete (or rotate) the secret token.',
    [],
  ),
  'azure-devops': advice(
    'Azure DevOps',
    'User settings → Personal access tokens (org admins: revoke via the PAT lifecycle API)',
    'Revoke the PAT.',
    ['Check the audit log for repo, pipeline and feed changes.'],
  ),
  firecrawl: advice('Firecrawl', 'https://www.firecrawl.dev/app/api-keys', 'Delete the API key.', [
    'Review credit usage.',
  ]),
  e2b: advice('E2B', 'https://e2b.dev/dashboard → API keys', 'Delete the API key.', []),
  apify: advice(
    'Apify',
    'Apify console → Settings → Integrations → API tokens',
    'Reset the token.',
    [],
  ),
  dropbox: advice(
    'Dropbox',
    'https://www.dropbox.com/account/connected_apps',
    'Disconnect the app (revokes its tokens) or call /2/auth/token/revoke.',
    [],
  ),
  salesforce: advice(
    'Salesforce',
    'Setup → Session Management (or the user → OAuth connected apps → Revoke)',
    'Remove the session and revoke the connected app tokens.',
    ['Check the login history and setup audit trail.'],
  ),
  'chat-webhook': advice(
    'The chat or automation service',
    'The channel connector (Teams: Connectors/Workflows; Zapier: the Zap trigger; Google Chat: space webhooks)',
    'Delete the webhook and create a new one.',
    ['Warn the channel about messages posted through it.'],
  ),
  jwt: advice(
    'Token issuer (see the JWT iss)',
    "The issuer's session or token management (the `iss` in the finding)",
    'Revoke the session or refresh token behind it at the issuer; if it does not expire soon, rotate the signing key or add the jti to a deny list.',
    ['Shorten token lifetimes; never log Authorization headers.'],
  ),
  'private-key': advice(
    'Key owner',
    'Wherever the public half is trusted: authorized_keys, the TLS certificate (CA revocation), the JWT/JWKS set, the signing service',
    'Generate a new key pair and replace the public key everywhere it is trusted; revoke certificates issued for the old key.',
    ['Remove the old public key from every authorized_keys, deploy key and JWKS.'],
  ),
  'generic-bearer': advice(
    'The issuing service',
    'The API or identity provider that issued the token',
    'Revoke the token (or the session or API key behind it) at the issuer.',
    ['Never log Authorization headers: configure the logger to redact them.'],
  ),
  'generic-basic': advice(
    'The account owner',
    'The system the user:password pair logs in to',
    'Change the password of that account; check for reuse of the password elsewhere.',
    [],
  ),
  generic: advice(
    'The issuing service',
    'The service named by the variable or field',
    'Identify the service from the variable name, revoke the value there and issue a new one.',
    [],
  ),
  session: advice(
    'The web application',
    'The application session store (log out the session; invalidate all sessions of the user)',
    'Invalidate the session server side (not just the cookie) and force re-authentication.',
    ['Stop logging Cookie and Set-Cookie headers.'],
  ),
  'mcp-session': advice(
    'The MCP server',
    'The MCP server session store',
    'Terminate the session on the server; migrate from the deprecated HTTP+SSE transport to Streamable HTTP, where the session id travels in the Mcp-Session-Id header.',
    ['Bind sessions to the authenticated user, and never use the session id as authentication.'],
    'https://modelcontextprotocol.io/specification/2025-06-18/basic/transports',
  ),
  database: advice(
    'Database',
    'The database server (ALTER USER … PASSWORD / the managed service console)',
    'Change the password of the database role; terminate its open connections.',
    ['Check the database logs for connections from unknown addresses.'],
  ),
  'message-broker': advice(
    'Message broker',
    'The broker management console (users and permissions)',
    'Change the password of the broker user; close its connections.',
    ['Check for forged or drained messages.'],
  ),
  'url-credentials': advice(
    'The service in the URL',
    'The host named in the URL',
    'Change the password of that account; stop putting credentials in URLs (they are logged by every proxy).',
    [],
  ),
};

/**
 * Where to revoke a leaked secret of `family` and what else to invalidate. Unknown families get
 * the generic advice, so a finding always has a checklist.
 */
export function rotationAdvice(family: string): RotationAdvice {
  return ROTATION_ADVICE[family] ?? ROTATION_ADVICE['generic']!;
}
