/** Facts gathered by probing a remote MCP endpoint from the outside (issue: external audit). */
export interface EndpointFacts {
  url: string;
}
