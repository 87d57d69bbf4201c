// botbuilder 4.23 sends activities through @azure/core-client, whose serializer looks up an entity's
// mapper by class name ("Entity": type, text, mentioned) and so drops every other entity property on
// the way to the channel; the per-activity `additionalProperties` botbuilder declares for entities is
// not consulted. Citations (the schema.org Message entity), the AI label and Teams' streaminfo are all
// such properties, so the Entity mapper itself is given additionalProperties, as botbuilder meant.
// Moving to the Agents SDK (which serializes activities itself) removes this file.
import { ConnectorMappers } from 'botframework-connector/lib/connectorApi/connectorClient';

export function keepEntityProperties(): void {
  const entity: { additionalProperties?: { type: { name: string } } } = ConnectorMappers.Entity.type;
  entity.additionalProperties ??= { type: { name: 'Object' } };
}
