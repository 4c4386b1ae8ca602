// Prints a webhook delivery to replay in a test, as JSON: {"body": "...", "githubSignature": "sha256=...",
// "hmacHex": "..."}. The body is one of GitHub's example deliveries (@octokit/webhooks-examples) or a stored
// payload file, with the given fields set; githubSignature is what @octokit/webhooks-methods' sign() makes of it
// with the secret, hmacHex the HMAC-SHA256 of the body in hex by node's crypto (Gitea, Bitbucket).
//
// usage: node replay-delivery.mjs (github:EVENT:INDEX | FILE) SECRET [PATH=JSON_VALUE ...]
//   PATH is dot-separated (pull_request.head.sha), JSON_VALUE e.g. '"abc"' or 3
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { sign } from "@octokit/webhooks-methods";

const [source, secret, ...sets] = process.argv.slice(2);
let payload;
if (source.startsWith("github:")) {
  const [, event, index] = source.split(":");
  const examples = createRequire(import.meta.url)("@octokit/webhooks-examples");
  const found = examples.find((e) => e.name === event);
  if (!found || !found.examples[Number(index)]) {
    throw new Error(`no example ${index} of event ${event}`);
  }
  payload = structuredClone(found.examples[Number(index)]);
} else {
  payload = JSON.parse(readFileSync(source, "utf8"));
}
for (const set of sets) {
  const at = set.indexOf("=");
  const path = set.slice(0, at).split(".");
  let node = payload;
  for (const step of path.slice(0, -1)) {
    node = node[Array.isArray(node) ? Number(step) : step];
  }
  node[path[path.length - 1]] = JSON.parse(set.slice(at + 1));
}
const body = JSON.stringify(payload);
process.stdout.write(JSON.stringify({
  body,
  githubSignature: await sign(secret, body),
  hmacHex: createHmac("sha256", secret).update(body).digest("hex"),
}));
