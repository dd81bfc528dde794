/**
 * Where the evidence files go (FILE_STORE_URL): unset, PostgreSQL (the `stored_file.content`
 * column); set, an S3-compatible object store (MinIO, Ceph, Garage, AWS S3 …), written as
 *
 *   s3://ACCESS_KEY:SECRET_KEY@host[:port]/bucket[/prefix][?region=…&pathStyle=false]   (HTTPS)
 *   http://ACCESS_KEY:SECRET_KEY@host[:port]/bucket[/prefix]                            (plain HTTP, a local MinIO)
 *   https://ACCESS_KEY:SECRET_KEY@host[:port]/bucket[/prefix]
 *
 * The key and secret are percent-encoded if they hold `:`, `@` or `/`; without them the AWS SDK's
 * own chain is used (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, an instance role). `region` defaults
 * to us-east-1 (what MinIO expects); requests are path-style (`host/bucket/key`) unless
 * `pathStyle=false`. The bucket must exist; objects are named `<prefix>/<file id>`.
 */
export interface ObjectStoreLocation {
  endpoint: string;
  bucket: string;
  /** '' or a prefix ending in '/'. */
  prefix: string;
  region: string;
  forcePathStyle: boolean;
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
}

/** The location a FILE_STORE_URL names; throws an Error saying what is wrong (config.ts reports it at start). */
export function parseFileStoreUrl(value: string): ObjectStoreLocation {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('must be a URL: s3://KEY:SECRET@host:port/bucket, or http(s)://KEY:SECRET@host:port/bucket');
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!['s3', 'http', 'https'].includes(scheme)) throw new Error(`must start with s3://, http:// or https:// (not ${scheme}://)`);
  if (!url.hostname) throw new Error('names no host');
  const [bucket, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!bucket) throw new Error('names no bucket: s3://KEY:SECRET@host:port/bucket');
  if (!!url.username !== !!url.password) throw new Error('must give both the access key and the secret (KEY:SECRET@), or neither');
  const region = url.searchParams.get('region') ?? 'us-east-1';
  const pathStyle = url.searchParams.get('pathStyle');
  if (pathStyle !== null && pathStyle !== 'true' && pathStyle !== 'false') throw new Error('pathStyle must be true or false');
  const known = new Set(['region', 'pathStyle']);
  for (const key of url.searchParams.keys()) if (!known.has(key)) throw new Error(`has an unknown parameter ${key} (region, pathStyle)`);
  const protocol = scheme === 'http' ? 'http' : 'https';
  return {
    endpoint: `${protocol}://${url.host}`,
    bucket: decodeURIComponent(bucket),
    prefix: rest.length ? `${rest.map(decodeURIComponent).join('/')}/` : '',
    region,
    forcePathStyle: pathStyle !== 'false',
    credentials: url.username ? { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) } : null,
  };
}
