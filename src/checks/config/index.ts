import type { Check } from '../check.ts';
import { configConsentBypass } from './config-consent-bypass.ts';
import { configDockerPrivileges } from './config-docker-privileges.ts';
import { configFilePermissions } from './config-file-permissions.ts';
import { configLiteralSecret } from './config-literal-secret.ts';
import { configPlaintextHttp } from './config-plaintext-http.ts';
import { configRepoDefinedServer } from './config-repo-defined-server.ts';
import { configServerNameConflict } from './config-server-name-conflict.ts';
import { configShellWrapper } from './config-shell-wrapper.ts';
import { configUnpinnedLaunch } from './config-unpinned-launch.ts';
import { configUrlCredentials } from './config-url-credentials.ts';
import { configVulnerableComponent } from './config-vulnerable-component.ts';

/** Checks of this area, sorted by id. Each lives in its own file named after its id. */
export const configChecks: Check[] = [
  configConsentBypass,
  configDockerPrivileges,
  configFilePermissions,
  configLiteralSecret,
  configPlaintextHttp,
  configRepoDefinedServer,
  configServerNameConflict,
  configShellWrapper,
  configUnpinnedLaunch,
  configUrlCredentials,
  configVulnerableComponent,
];
