// Runs before `npm start` on any Node, so it is plain CommonJS that Node 12 can parse: with an older
// Node than package.json's "engines" the app would crash in its first import (MikroORM 7 needs
// fs.globSync), so say which Node is needed and how to get it, and stop.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 17)) {
  console.error(
    [
      `Rongrian ต้องใช้ Node.js 22.17 ขึ้นไป (เครื่องนี้มี ${process.versions.node}) — Rongrian needs Node.js 22.17 or newer (this machine has ${process.versions.node}).`,
      'ติดตั้ง Node.js 24 จาก https://nodejs.org หรือ — install Node.js 24 from https://nodejs.org, or:',
      '  npm install --prefix "$HOME/node24" node@24 && export PATH="$HOME/node24/node_modules/.bin:$PATH"',
      'แล้วสั่ง npm install อีกครั้ง — then run npm install again.',
    ].join('\n'),
  );
  process.exit(1);
}
