/** What the TLS probes learned about an HTTPS endpoint. */
export interface TlsFacts {
  host: string;
  port: number;
}
