// Preloaded (`node --import`) into the scanner by a test: any attempt to open a socket, resolve a
// host name or fetch is written to stderr as "NETWORK ATTEMPT" and fails.
import dns from "node:dns";
import net from "node:net";

function refuse(what) {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
  throw new Error(`network access refused in test: ${what}`);
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // IPC pipes (a path string or { path }) are local, not network.
  const first = args[0];
  if (typeof first === "string" || (first && typeof first === "object" && "path" in first))
    return connect.apply(this, args);
  return refuse(`socket connect ${JSON.stringify(first)}`);
};
dns.lookup = (host) => refuse(`dns.lookup ${host}`);
globalThis.fetch = (url) => refuse(`fetch ${String(url)}`);
