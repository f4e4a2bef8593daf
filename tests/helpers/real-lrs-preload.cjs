/**
 * Preloaded (node --require) into the real LRS of the tests, xapi-statements. It calls `listen(port)` with no
 * address, which listens on every interface; this binds it to loopback instead, so a test never opens a port to
 * the network. It also tells the parent the port it got (the tests ask for port 0, so two runs never collide).
 */
'use strict';
// getBuiltinModule rather than require(): the lint forbids require(), and this file must stay CommonJS for --require.
const net = process.getBuiltinModule('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  const isPort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (isPort && typeof second !== 'string') args.splice(1, 0, '127.0.0.1');
  this.once('listening', () => {
    const address = this.address();
    if (process.send && address && typeof address === 'object') {
      process.send({ waypointLrsListening: { address: address.address, port: address.port } });
    }
  });
  return listen.apply(this, args);
};
