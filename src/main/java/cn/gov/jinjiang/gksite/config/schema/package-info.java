/**
 * What editors may write in each YAML file, as data: the keys of a mapping ({@link
 * Shape}), each with its Chinese title, its type ({@link
 * ValueType}) and whether it is required. The loaders check a file against these
 * definitions (unknown keys, types, required keys, allowed values), and {@link
 * JsonSchemaWriter} turns the same definitions into the JSON Schemas that
 * editors' tools (VS Code's YAML extension) use to underline a wrong key while typing: one source of truth.
 */
package cn.gov.jinjiang.gksite.config.schema;
