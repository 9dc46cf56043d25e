/** The brand's logo, icon and accent stylesheet (`framework.yaml`), at `/_trackbook/<name>`. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { brand } from 'virtual:trackbook/brand';
import { brandFiles, type BrandFile } from '../../integration/brand.ts';

export const getStaticPaths = () => brandFiles(brand).map((file) => ({ params: { file: file.name }, props: { file } }));

export const GET: APIRoute<{ file: BrandFile }> = ({ props: { file } }) => {
  const body = 'file' in file.body ? readFileSync(file.body.file) : file.body.text;
  return new Response(body, { headers: { 'Content-Type': file.type } });
};
