/** Facts gathered by discovering MCP client configurations (issue: inventory). */
export interface ConfigFacts {
  entries: unknown[];
}
