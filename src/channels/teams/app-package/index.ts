// The Teams app package: manifest.json, the localization files and the two icons, zipped.
import { drawColorIcon, drawOutlineIcon } from './icons';
import { buildTeamsAppDefinition, ICON_FILES, type TeamsAppDefinition, type TeamsManifestConfig } from './manifest';
import { writeZip, type ZipEntry } from './zip';

export { buildTeamsAppDefinition, TeamsPackageConfigError, type TeamsAppDefinition, type TeamsManifestConfig } from './manifest';

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

export function teamsPackageEntries(definition: TeamsAppDefinition, brandColor: string): ZipEntry[] {
  return [
    { name: 'manifest.json', data: json(definition.manifest) },
    ...Object.entries(definition.localizationFiles).map(([name, contents]) => ({ name, data: json(contents) })),
    { name: ICON_FILES.color, data: drawColorIcon(brandColor) },
    { name: ICON_FILES.outline, data: drawOutlineIcon() },
  ];
}

export async function buildTeamsPackage(
  config: TeamsManifestConfig,
  packageVersion: string,
): Promise<{ zip: Buffer; definition: TeamsAppDefinition }> {
  const definition = buildTeamsAppDefinition(config, packageVersion);
  const zip = await writeZip(teamsPackageEntries(definition, config.brand.primaryColor));
  return { zip, definition };
}
