import data from './advisories.json' with { type: 'json' };

/** One known vulnerability of an MCP component (src/collect/config/advisories.json). */
export interface Advisory {
  id: string;
  aliases: string[];
  ecosystem: 'npm' | 'pypi' | 'docker' | 'git';
  package: string;
  introduced?: string;
  fixed?: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  summary: string;
  references: string[];
}

/** The advisory data shipped with mcp-warden; offline by design (no feed is fetched). */
export const ADVISORIES: readonly Advisory[] = data.advisories as Advisory[];
