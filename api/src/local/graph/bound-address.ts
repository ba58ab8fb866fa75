import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { graphErrorBody } from './graph-errors';

function listeningAddress(server: FastifyInstance): AddressInfo | undefined {
  const address = server.server.address();
  return address !== null && typeof address === 'object' ? address : undefined;
}

const hostName = (address: AddressInfo): string => (address.family === 'IPv6' ? `[${address.address}]` : address.address);

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1']);

/**
 * This server's own origin, from the address it is bound to and never from a request's Host
 * header, so a link it hands out (`@odata.nextLink`, a delta link) always leads back here. In
 * process (Fastify's `inject`, nothing listening) it is `http://localhost`.
 */
export function boundOrigin(server: FastifyInstance): string {
  const address = listeningAddress(server);
  return address ? `http://${hostName(address)}:${address.port}` : 'http://localhost';
}

/** The Host header values this server answers to: its bound address, and `localhost` when that is loopback, with the port. */
export function acceptedHosts(server: FastifyInstance): string[] | undefined {
  const address = listeningAddress(server);
  if (!address) return undefined;
  const names = [hostName(address), ...(LOOPBACK_ADDRESSES.has(address.address) ? ['localhost'] : [])];
  return names.map((name) => `${name}:${address.port}`);
}

/**
 * An `onRequest` hook that answers 421 Misdirected Request to a Host header naming any other
 * server. A web page elsewhere can point its own host name at 127.0.0.1 (DNS rebinding) and then
 * read this server as if it were its own origin; the browser still sends that name as the Host,
 * so checking it keeps the demo data to pages served from here.
 */
export function checkHost(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const accepted = acceptedHosts(request.server);
  const host = (request.headers.host ?? '').toLowerCase();
  if (!accepted || accepted.includes(host)) {
    done();
    return;
  }
  void reply
    .code(421)
    .header('Cache-Control', 'no-store')
    .send(graphErrorBody('misdirectedRequest', `The Host header does not name this server: use ${accepted.join(' or ')}.`));
}
