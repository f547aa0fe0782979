/* nv-plan-reader.c: JSON plan file → model
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "nv-enums.h"
#include "nv-json-check.h"
#include "nv-plan-file.h"
#include "nv-record-list.h"
#include "nv-record-private.h"
#include "nv-util.h"

G_DEFINE_QUARK (nv-plan-error-quark, nv_plan_error)

/*
 * A plan is read in one of two ways. Usually straight from the text,
 * value by value (NvJsonScanner), building the model as it goes. When
 * that fails, the file is read again as a whole tree first, which
 * reports the first problem in the order a user can act on: the JSON
 * itself, then the header (not a plan, a newer version), then the
 * values in the order they stand in the file, then the references.
 * Both ways run the same code below; only Value and Items differ.
 */
typedef struct
{
  GString       *path;     /* where we are, as "networks[0].meetings[2]" */
  GHashTable    *ids;      /* id → NvRecord, borrowed */
  NvJsonScanner *scanner;  /* reading from the text; NULL: from a tree */
  gboolean       format_ok;   /* from the text: the header's members */
  gboolean       version_ok;
} Reader;

/* A value being read */
typedef struct
{
  NvJsonValue  v;     /* its kind, and a scalar's contents */
  JsonNode    *node;  /* from a tree: the value itself */
} Value;

/* The items of an object or a list being read */
typedef struct
{
  Reader         *reader;
  JsonObjectIter  members;   /* from a tree */
  JsonArray      *elements;  /* from a tree */
  guint           index;
} Items;

/* The path for messages; the root of the file has no path of its own. */
static const char *
reader_where (Reader *reader)
{
  return reader->path->len > 0 ? reader->path->str : _("The file");
}

static gsize
reader_push_member (Reader     *reader,
                    const char *key)
{
  gsize mark = reader->path->len;

  if (mark > 0)
    g_string_append_c (reader->path, '.');
  g_string_append (reader->path, key);
  return mark;
}

static gsize
reader_push_index (Reader *reader,
                   guint   index)
{
  gsize mark = reader->path->len;

  g_string_append_printf (reader->path, "[%u]", index);
  return mark;
}

static void
reader_pop (Reader *reader,
            gsize   mark)
{
  g_string_truncate (reader->path, mark);
}

static const char *
describe_value (const Value *value)
{
  switch (value->v.kind)
    {
    case NV_JSON_OBJECT:
      return _("an object");
    case NV_JSON_ARRAY:
      return _("a list");
    case NV_JSON_NULL:
      return _("null");
    case NV_JSON_STRING:
      return _("text");
    case NV_JSON_INTEGER:
      return _("a whole number");
    case NV_JSON_DOUBLE:
      return _("a decimal number");
    case NV_JSON_BOOLEAN:
      return _("true or false");
    default:
      return _("a value");
    }
}

static void
value_from_node (Value    *value,
                 JsonNode *node)
{
  value->node = node;
  value->v = (NvJsonValue) { .kind = NV_JSON_NULL };

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      value->v.kind = NV_JSON_OBJECT;
      break;
    case JSON_NODE_ARRAY:
      value->v.kind = NV_JSON_ARRAY;
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          value->v = (NvJsonValue) { .kind = NV_JSON_STRING, .string = json_node_get_string (node) };
          break;
        case G_TYPE_INT64:
          value->v = (NvJsonValue) { .kind = NV_JSON_INTEGER, .integer = json_node_get_int (node) };
          break;
        case G_TYPE_DOUBLE:
          value->v = (NvJsonValue) { .kind = NV_JSON_DOUBLE, .number = json_node_get_double (node) };
          break;
        case G_TYPE_BOOLEAN:
          value->v = (NvJsonValue) { .kind = NV_JSON_BOOLEAN, .boolean = json_node_get_boolean (node) };
          break;
        default:
          break;
        }
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

/* Before the first of @container's items */
static void
items_init (Items  *items,
            Reader *reader,
            Value  *container)
{
  *items = (Items) { .reader = reader };
  if (container->node == NULL)
    return;

  if (container->v.kind == NV_JSON_OBJECT)
    json_object_iter_init_ordered (&items->members, json_node_get_object (container->node));
  else
    items->elements = json_node_get_array (container->node);
}

/* The next member of an object: its name (valid until the next member)
 * and its value */
static NvJsonStep
items_next_member (Items       *items,
                   const char **key,
                   Value       *value,
                   GError     **error)
{
  NvJsonScanner *scanner = items->reader->scanner;
  JsonNode *node;
  NvJsonStep step;

  if (scanner == NULL)
    {
      if (!json_object_iter_next_ordered (&items->members, key, &node))
        return NV_JSON_END;
      value_from_node (value, node);
      return NV_JSON_ITEM;
    }

  step = nv_json_scanner_next_member (scanner, key, error);
  value->node = NULL;
  if (step == NV_JSON_ITEM && !nv_json_scanner_next_value (scanner, &value->v, error))
    return NV_JSON_FAILED;
  return step;
}

static NvJsonStep
items_next_element (Items   *items,
                    Value   *value,
                    GError **error)
{
  NvJsonScanner *scanner = items->reader->scanner;
  NvJsonStep step;

  if (scanner == NULL)
    {
      if (items->index >= json_array_get_length (items->elements))
        return NV_JSON_END;
      value_from_node (value, json_array_get_element (items->elements, items->index++));
      return NV_JSON_ITEM;
    }

  step = nv_json_scanner_next_element (scanner, error);
  value->node = NULL;
  if (step == NV_JSON_ITEM && !nv_json_scanner_next_value (scanner, &value->v, error))
    return NV_JSON_FAILED;
  return step;
}

/* A copy of the whole value, to keep */
static JsonNode *
value_take_node (Reader  *reader,
                 Value   *value,
                 GError **error)
{
  if (value->node != NULL)
    return json_node_copy (value->node);
  return nv_json_scanner_read_node (reader->scanner, &value->v, error);
}

static gboolean
type_error (Reader      *reader,
            Value       *value,
            const char  *expected,
            GError     **error)
{
  /* Translators: "networks[0].name: expected text, found a whole number" */
  g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_TYPE,
               _("%s: expected %s, found %s"),
               reader_where (reader), expected, describe_value (value));
  return FALSE;
}

static gboolean
value_is (Value      *value,
          NvJsonKind  kind)
{
  return value->v.kind == kind;
}

static gboolean
read_string (Reader      *reader,
             Value       *value,
             char       **out,
             GError     **error)
{
  const char *text = value->v.string;

  if (!value_is (value, NV_JSON_STRING))
    return type_error (reader, value, _("text"), error);

  g_free (*out);
  *out = (text[0] != '\0') ? g_strdup (text) : NULL;
  return TRUE;
}

static gboolean
empty_id_error (Reader  *reader,
                GError **error)
{
  g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
               _("%s: an id may not be empty"), reader_where (reader));
  return FALSE;
}

/* An id is non-empty text */
static gboolean
check_id_value (Reader    *reader,
                Value     *value,
                GError   **error)
{
  if (!value_is (value, NV_JSON_STRING))
    return type_error (reader, value, _("an id"), error);
  if (value->v.string[0] == '\0')
    return empty_id_error (reader, error);
  return TRUE;
}

static gboolean
read_strv (Reader      *reader,
           Value       *value,
           gboolean     ids,
           char      ***out,
           GError     **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  Items items;
  Value element;
  NvJsonStep step;
  guint n = 0;

  if (!value_is (value, NV_JSON_ARRAY))
    return type_error (reader, value, ids ? _("a list of ids") : _("a list of text"), error);

  builder = g_strv_builder_new ();
  items_init (&items, reader, value);
  while ((step = items_next_element (&items, &element, error)) == NV_JSON_ITEM)
    {
      gsize mark = reader_push_index (reader, n++);

      if (ids && !check_id_value (reader, &element, error))
        return FALSE;
      if (!value_is (&element, NV_JSON_STRING))
        return type_error (reader, &element, _("text"), error);

      g_strv_builder_add (builder, element.v.string);
      reader_pop (reader, mark);
    }
  if (step == NV_JSON_FAILED)
    return FALSE;

  g_strfreev (*out);
  *out = (n > 0) ? g_strv_builder_end (builder) : NULL;
  return TRUE;
}

static gboolean
read_int (Reader      *reader,
          Value       *value,
          GParamSpec  *pspec,
          int         *out,
          GError     **error)
{
  GParamSpecInt *int_spec = G_PARAM_SPEC_INT (pspec);
  gint64 number = value->v.integer;

  if (!value_is (value, NV_JSON_INTEGER))
    return type_error (reader, value, _("a whole number"), error);

  if (number < int_spec->minimum || number > int_spec->maximum)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
                   _("%s: %s is out of range (%d to %d)"),
                   reader_where (reader), text, int_spec->minimum, int_spec->maximum);
      return FALSE;
    }

  *out = (int) number;
  return TRUE;
}

static gboolean
read_enum (Reader      *reader,
           Value       *value,
           GType        enum_type,
           int         *out,
           GError     **error)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  g_autoptr(GString) allowed = NULL;
  const char *nick = value->v.string;

  if (!value_is (value, NV_JSON_STRING))
    return type_error (reader, value, _("text"), error);

  if (nv_enum_from_nick (enum_type, nick, out))
    return TRUE;

  enum_class = g_type_class_ref (enum_type);
  allowed = g_string_new (NULL);
  for (guint i = 0; i < enum_class->n_values; i++)
    g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "",
                            enum_class->values[i].value_nick);

  /* Translators: "meetings[0].status: “done” is not one of “planned”, “held”" */
  g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
               _("%s: “%s” is not one of %s"),
               reader_where (reader), nick, allowed->str);
  return FALSE;
}

static gboolean
read_date (Reader      *reader,
           Value       *value,
           guint       *out,
           GError     **error)
{
  if (!value_is (value, NV_JSON_STRING))
    return type_error (reader, value, _("a date"), error);

  if (!nv_date_parse_iso (value->v.string, out))
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
                   _("%s: “%s” is not a valid date (expected YYYY-MM-DD)"),
                   reader_where (reader), value->v.string);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_time (Reader      *reader,
           Value       *value,
           int         *out,
           GError     **error)
{
  if (!value_is (value, NV_JSON_STRING))
    return type_error (reader, value, _("a time of day"), error);

  if (!nv_time_parse (value->v.string, out))
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
                   _("%s: “%s” is not a valid time of day (expected HH:MM, 00:00 to 23:59)"),
                   reader_where (reader), value->v.string);
      return FALSE;
    }

  return TRUE;
}

static gboolean read_record (Reader    *reader,
                             NvRecord  *record,
                             Value     *value,
                             GError   **error);

static gboolean
read_list (Reader       *reader,
           Value        *value,
           GType         item_type,
           NvRecordList *list,
           GError      **error)
{
  g_autoptr(GPtrArray) records = NULL;
  Items items;
  Value element;
  NvJsonStep step;

  if (!value_is (value, NV_JSON_ARRAY))
    return type_error (reader, value, _("a list"), error);

  records = g_ptr_array_new_with_free_func (g_object_unref);
  items_init (&items, reader, value);
  while ((step = items_next_element (&items, &element, error)) == NV_JSON_ITEM)
    {
      NvRecord *item = g_object_new (item_type, NULL);
      gsize mark = reader_push_index (reader, records->len);

      g_ptr_array_add (records, item);
      if (!read_record (reader, item, &element, error))
        return FALSE;
      reader_pop (reader, mark);

      /* From a tree: its part of the tree is in the model now. Free it at
       * once, so the model reuses that memory instead of growing the
       * process. */
      if (element.node != NULL)
        json_node_init_null (element.node);
    }
  if (step == NV_JSON_FAILED)
    return FALSE;

  nv_record_list_take_all (list, g_steal_pointer (&records));
  return TRUE;
}

static gboolean
read_field (Reader      *reader,
            NvRecord    *record,
            GParamSpec  *pspec,
            Value       *value,
            GError     **error)
{
  const NvField *field = nv_field_get (pspec);
  gpointer member = nv_record_field_pointer (record, pspec);

  /* null is the same as a missing member: the default */
  if (value_is (value, NV_JSON_NULL))
    return TRUE;

  switch (field->kind)
    {
    case NV_FIELD_STRING:
      return read_string (reader, value, member, error);

    case NV_FIELD_REF:
      if (!check_id_value (reader, value, error))
        return FALSE;
      return read_string (reader, value, member, error);

    case NV_FIELD_INT:
    case NV_FIELD_DURATION:
      return read_int (reader, value, pspec, member, error);

    case NV_FIELD_BOOLEAN:
      if (!value_is (value, NV_JSON_BOOLEAN))
        return type_error (reader, value, _("true or false"), error);
      *(gboolean *) member = value->v.boolean;
      return TRUE;

    case NV_FIELD_ENUM:
      return read_enum (reader, value, field->target_type, member, error);

    case NV_FIELD_DATE:
      return read_date (reader, value, member, error);

    case NV_FIELD_TIME:
      return read_time (reader, value, member, error);

    case NV_FIELD_STRV:
      return read_strv (reader, value, FALSE, member, error);

    case NV_FIELD_REF_LIST:
      return read_strv (reader, value, TRUE, member, error);

    case NV_FIELD_RECORD:
      return read_record (reader, *(NvRecord **) member, value, error);

    case NV_FIELD_LIST:
      return read_list (reader, value, field->target_type, *(NvRecordList **) member, error);

    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_id (Reader      *reader,
         NvRecord    *record,
         Value       *value,
         GError     **error)
{
  const char *id = value->v.string;
  NvRecord *other;

  if (!check_id_value (reader, value, error))
    return FALSE;

  other = g_hash_table_lookup (reader->ids, id);
  if (other != NULL)
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_DUPLICATE_ID,
                   _("%s: the id “%s” is used twice"), reader_where (reader), id);
      return FALSE;
    }

  nv_record_take_id (record, g_strdup (id));
  g_hash_table_insert (reader->ids, (gpointer) nv_record_get_id (record), record);
  return TRUE;
}

static gboolean
check_required (Reader      *reader,
                NvRecord    *record,
                GError     **error)
{
  GPtrArray *fields = nv_record_get_fields (record);

  if (nv_record_has_id_prefix (record) && nv_record_get_id (record) == NULL)
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_MISSING,
                   _("%s: the required member “%s” is missing"), reader_where (reader), "id");
      return FALSE;
    }

  for (guint i = 0; i < fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);
      const NvField *field = nv_field_get (pspec);

      if (field->required && nv_record_field_is_default (record, pspec))
        {
          g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_MISSING,
                       _("%s: the required member “%s” is missing"),
                       reader_where (reader), field->key);
          return FALSE;
        }
    }

  return TRUE;
}

/* The header's members, read from the text: read_header() checks
 * them in a tree first, but from the text they are only noted, and a
 * wrong one makes the whole file be read again as a tree. As in a
 * tree, the last of two members of the same name counts. */
static gboolean
note_header_member (Reader      *reader,
                    const char  *key,
                    Value       *value,
                    GError     **error)
{
  g_autoptr(JsonNode) node = NULL;

  if (g_str_equal (key, "format"))
    reader->format_ok = value_is (value, NV_JSON_STRING) && g_str_equal (value->v.string, NV_PLAN_FORMAT_NAME);
  else
    reader->version_ok = value_is (value, NV_JSON_INTEGER) && value->v.integer >= 1 &&
                         value->v.integer <= NV_PLAN_FORMAT_VERSION;

  /* Read past it, whatever it is */
  node = value_take_node (reader, value, error);
  return node != NULL;
}

/* Only from the text: a tree keeps one member of a name. Not shown to
 * anyone (the file is read again as a tree), so not translated. */
static gboolean
member_twice_error (Reader  *reader,
                    GError **error)
{
  g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_SYNTAX,
               "%s: the member is there twice", reader_where (reader));
  return FALSE;
}

/* The fields of one record read so far */
typedef struct
{
  GParamSpec *pspecs[64];  /* more than any record has */
  guint       n;
} FieldsRead;

/* From the text, a record's members are not in a table that keeps one
 * of each name: a second member of a name read already (which a tree
 * would have replaced, not added to a list) sends the file to the tree */
static gboolean
note_field_read (Reader      *reader,
                 FieldsRead  *fields_read,
                 GParamSpec  *pspec,
                 GError     **error)
{
  if (reader->scanner == NULL)
    return TRUE;

  for (guint i = 0; i < fields_read->n; i++)
    if (fields_read->pspecs[i] == pspec)
      return member_twice_error (reader, error);

  g_assert (fields_read->n < G_N_ELEMENTS (fields_read->pspecs));
  fields_read->pspecs[fields_read->n++] = pspec;
  return TRUE;
}

static gboolean
read_member (Reader      *reader,
             NvRecord    *record,
             const char  *key,
             Value       *value,
             FieldsRead  *fields_read,
             JsonObject **extra,
             GError     **error)
{
  GParamSpec *pspec;
  JsonNode *node;

  if (g_str_equal (key, "id") && nv_record_has_id_prefix (record))
    {
      if (nv_record_get_id (record) != NULL)
        return member_twice_error (reader, error);
      return read_id (reader, record, value, error);
    }

  pspec = nv_record_lookup_field (record, key);
  if (pspec != NULL)
    return note_field_read (reader, fields_read, pspec, error) &&
           read_field (reader, record, pspec, value, error);

  /* Unknown to this version: keep it and write it back unchanged */
  if (*extra == NULL)
    *extra = json_object_new ();
  node = value_take_node (reader, value, error);
  if (node == NULL)
    return FALSE;
  json_object_set_member (*extra, key, node);
  return TRUE;
}

static gboolean
read_record (Reader    *reader,
             NvRecord  *record,
             Value     *value,
             GError   **error)
{
  g_autoptr(JsonObject) extra = NULL;
  FieldsRead fields_read = { .n = 0 };
  const char *key;
  Items items;
  Value member;
  NvJsonStep step;

  if (!value_is (value, NV_JSON_OBJECT))
    return type_error (reader, value, _("an object"), error);

  items_init (&items, reader, value);
  while ((step = items_next_member (&items, &key, &member, error)) == NV_JSON_ITEM)
    {
      gsize mark;

      /* The plan's own header members: read_header() checked them in a
       * tree; from the text they are noted, and checked at the end */
      if (reader->path->len == 0 && (g_str_equal (key, "format") || g_str_equal (key, "version")))
        {
          if (reader->scanner != NULL && !note_header_member (reader, key, &member, error))
            return FALSE;
          continue;
        }

      mark = reader_push_member (reader, key);
      if (!read_member (reader, record, key, &member, &fields_read, &extra, error))
        return FALSE;
      reader_pop (reader, mark);
    }
  if (step == NV_JSON_FAILED)
    return FALSE;

  nv_record_set_extra (record, extra);
  return check_required (reader, record, error);
}

static gboolean
check_reference (Reader      *reader,
                 const char  *id,
                 GType        target_type,
                 GError     **error)
{
  NvRecord *target = g_hash_table_lookup (reader->ids, id);

  if (target == NULL)
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_REFERENCE,
                   _("%s: “%s” refers to something that is not in the file"),
                   reader_where (reader), id);
      return FALSE;
    }

  if (!g_type_is_a (G_OBJECT_TYPE (target), target_type))
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_REFERENCE,
                   _("%s: “%s” refers to the wrong kind of thing"),
                   reader_where (reader), id);
      return FALSE;
    }

  return TRUE;
}

/* References may point forwards, so they are checked once everything is read. */
static gboolean
check_references (Reader    *reader,
                  NvRecord  *record,
                  GError   **error)
{
  GPtrArray *fields = nv_record_get_fields (record);

  for (guint i = 0; i < fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);
      const NvField *field = nv_field_get (pspec);
      gpointer member = nv_record_field_pointer (record, pspec);
      gsize mark;

      if (nv_record_field_is_default (record, pspec))
        continue;

      mark = reader_push_member (reader, field->key);

      switch (field->kind)
        {
        case NV_FIELD_REF:
          if (!check_reference (reader, *(char **) member, field->target_type, error))
            return FALSE;
          break;

        case NV_FIELD_REF_LIST:
          for (char **ids = *(char ***) member; *ids != NULL; ids++)
            {
              gsize index_mark = reader_push_index (reader, ids - *(char ***) member);

              if (!check_reference (reader, *ids, field->target_type, error))
                return FALSE;
              reader_pop (reader, index_mark);
            }
          break;

        case NV_FIELD_RECORD:
          if (!check_references (reader, *(NvRecord **) member, error))
            return FALSE;
          break;

        case NV_FIELD_LIST:
          {
            GListModel *items = *(GListModel **) member;
            guint n = g_list_model_get_n_items (items);

            for (guint j = 0; j < n; j++)
              {
                g_autoptr(NvRecord) item = g_list_model_get_item (items, j);
                gsize index_mark = reader_push_index (reader, j);

                if (!check_references (reader, item, error))
                  return FALSE;
                reader_pop (reader, index_mark);
              }
          }
          break;

        default:
          break;
        }

      reader_pop (reader, mark);
    }

  return TRUE;
}

static gboolean
set_too_large_error (guint64   size,
                     GError  **error)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *limit_text = g_format_size (NV_PLAN_MAX_FILE_SIZE);

  g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_TOO_LARGE,
               _("The file is too large to be a plan (%s; the limit is %s)"),
               size_text, limit_text);
  return FALSE;
}

/* Checks what the JSON reader does not: the size, and the
 * encoding (with a position, which json-glib does not give). */
static gboolean
check_bytes (const char  *data,
             gsize        length,
             GError     **error)
{
  const char *end;
  guint line, column;

  if (length > NV_PLAN_MAX_FILE_SIZE)
    return set_too_large_error (length, error);

  if (!g_utf8_validate_len (data, length, &end))
    {
      nv_json_position (data, end, &line, &column);
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_ENCODING,
                   _("Line %u, column %u: the file is not valid UTF-8 text"), line, column);
      return FALSE;
    }

  return TRUE;
}

static gboolean
not_a_plan_error (GError **error)
{
  g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_NOT_A_PLAN,
               _("The file is not a Netværk plan (it has no “format”: “%s” member)"),
               NV_PLAN_FORMAT_NAME);
  return FALSE;
}

static gboolean
read_header (JsonNode  *root,
             GError   **error)
{
  JsonObject *object;
  JsonNode *member;
  Value format = { 0 };
  Value version = { 0 };

  if (!JSON_NODE_HOLDS_OBJECT (root))
    goto not_a_plan;

  object = json_node_get_object (root);
  if ((member = json_object_get_member (object, "format")) != NULL)
    value_from_node (&format, member);
  if ((member = json_object_get_member (object, "version")) != NULL)
    value_from_node (&version, member);

  if (!value_is (&format, NV_JSON_STRING) || !g_str_equal (format.v.string, NV_PLAN_FORMAT_NAME))
    goto not_a_plan;

  if (!value_is (&version, NV_JSON_INTEGER) || version.v.integer < 1)
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
                   _("version: the file has no valid format version"));
      return FALSE;
    }

  if (version.v.integer > NV_PLAN_FORMAT_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version.v.integer);

      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_NEWER_VERSION,
                   /* Translators: "version" is the name of the member in the file, left as it is */
                   _("version: the plan was saved by a newer version of Netværk (file format %s; this version reads format %d). Update Netværk to open it."),
                   number, NV_PLAN_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;

not_a_plan:
  return not_a_plan_error (error);
}

/* From the text, the header is checked after the rest: any problem
 * sends the file to the tree, which says what it is */
static gboolean
check_noted_header (Reader  *reader,
                    GError **error)
{
  return (reader->format_ok && reader->version_ok) || not_a_plan_error (error);
}

/* Builds the model from the text (@scanner) or from a tree (@root) */
static NvPlan *
build_plan (NvJsonScanner  *scanner,
            JsonNode       *root,
            GError        **error)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  Reader reader = { .path = path, .ids = ids, .scanner = scanner };
  Value value = { 0 };

  if (scanner == NULL)
    value_from_node (&value, root);
  else if (!nv_json_scanner_next_value (scanner, &value.v, error))
    return NULL;

  if (!read_record (&reader, NV_RECORD (plan), &value, error))
    return NULL;
  if (scanner != NULL && (!nv_json_scanner_finish (scanner, error) || !check_noted_header (&reader, error)))
    return NULL;
  if (!check_references (&reader, NV_RECORD (plan), error))
    return NULL;

  /* Every id is in it: the plan's lookups need not walk the plan first */
  nv_plan_take_index (plan, g_steal_pointer (&ids));
  return g_steal_pointer (&plan);
}

static NvPlan *
read_plan_from_text (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(NvJsonScanner) scanner = nv_json_scanner_new (data, length, NV_PLAN_MAX_DEPTH);

  return build_plan (scanner, NULL, error);
}

static NvPlan *
read_plan_from_tree (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(JsonNode) root = nv_json_parse (data, length, NV_PLAN_MAX_DEPTH, error);

  if (root == NULL || !read_header (root, error))
    return NULL;

  return build_plan (NULL, root, error);
}

/**
 * nv_plan_read_with:
 * @way: from the text, from a tree, or (as the application does) from
 *   the text and, when that fails, from a tree
 *
 * Reads a plan file's contents. Tests use it to compare the two ways.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
NvPlan *
nv_plan_read_with (const char     *data,
                   gsize           length,
                   NvPlanReadWay   way,
                   GError        **error)
{
  NvPlan *plan = NULL;

  if (!check_bytes (data, length, error))
    return NULL;

  /* A byte-order mark is not JSON, but some editors write one */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (way == NV_PLAN_READ_FROM_TEXT)
    return read_plan_from_text (data, length, error);
  if (way == NV_PLAN_READ_FROM_TREE)
    return read_plan_from_tree (data, length, error);

  /* Almost every file reads from the text. One that does not has a
   * problem (or a member twice, which only a tree reads): the tree
   * finds the problem a user should hear of first. */
  plan = read_plan_from_text (data, length, NULL);
  if (plan == NULL)
    plan = read_plan_from_tree (data, length, error);
  if (plan != NULL)
    nv_plan_set_text_size (plan, length);
  return plan;
}

/**
 * nv_plan_load_from_data:
 * @data: the contents of a plan file
 *
 * Reads a whole plan. Any problem, down to one bad date, refuses the
 * whole file with an error that says where the problem is.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
NvPlan *
nv_plan_load_from_data (const char  *data,
                        gsize        length,
                        GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  return nv_plan_read_with (data, length, NV_PLAN_READ_ANY, error);
}

/* Reads @fd, of @size bytes, into new memory in huge pages where the
 * system allows (see nv_prefer_huge_pages()); %NULL if that fails or
 * the file is not @size bytes long any more */
static char *
read_into_huge_pages (int    fd,
                      gsize  size)
{
  /* A byte more, to see that the file has not grown */
  g_autofree char *data = g_malloc (size + 1);
  gsize done = 0;

  nv_prefer_huge_pages (data, size + 1);
  while (done <= size)
    {
      gssize n = read (fd, data + done, size + 1 - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      done += n;
    }

  return done == size ? g_steal_pointer (&data) : NULL;
}

/* Reads a local plan file; %NULL leaves it to GIO, and its messages */
static char *
read_local_file (const char *path,
                 gsize      *length)
{
  struct stat info;
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  char *data = NULL;

  if (fd < 0)
    return NULL;

  if (fstat (fd, &info) == 0 && S_ISREG (info.st_mode) && info.st_size <= NV_PLAN_MAX_FILE_SIZE)
    data = read_into_huge_pages (fd, info.st_size);

  close (fd);
  *length = data != NULL ? (gsize) info.st_size : 0;
  return data;
}

NvPlan *
nv_plan_load_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Refuse a huge file before reading it into memory; a file that cannot
   * be looked at is reported by the read below */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_IO,
                   _("“%s” is a folder, not a plan file"), g_file_peek_path (file));
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > NV_PLAN_MAX_FILE_SIZE)
    {
      set_too_large_error (g_file_info_get_size (info), error);
      return NULL;
    }

  /* A local file is read in one go, its size known (GIO reads 8 kB at
   * a time into a growing buffer) */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (g_file_peek_path (file) != NULL)
    contents = read_local_file (g_file_peek_path (file), &length);

  if (contents == NULL &&
      !g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_IO,
                   _("Could not read the plan: %s"), local_error->message);
      return NULL;
    }

  return nv_plan_read_with (contents, length, NV_PLAN_READ_ANY, error);
}

/* The reading thread is a thread of its own, not one of GIO's pool, and
 * it runs at a lower priority: on a machine of two cores, a window on
 * its way to the screen (and the display server drawing it) comes
 * first, and the plan takes the time they leave. A pool thread could
 * not be given its priority back afterwards. */
static gpointer
load_thread (gpointer data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;
  NvPlan *plan;

  setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10);
  plan = nv_plan_load_from_file (g_task_get_task_data (task), g_task_get_cancellable (task), &error);
  if (plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, plan, g_object_unref);
  return NULL;
}

/**
 * nv_plan_load_from_file_async:
 * @file: a plan file
 * @cancellable: (nullable): cancels the load
 *
 * Reads a plan, as nv_plan_load_from_file() does, in a thread of its
 * own, so that a large plan keeps no window waiting. @callback runs in
 * the thread-default main context of the caller; it gets the plan from
 * nv_plan_load_from_file_finish(). The plan is the caller's alone until
 * then: nothing else sees it while it is being built.
 */
void
nv_plan_load_from_file_async (GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nv_plan_load_from_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_thread_unref (g_thread_new ("plan-reader", load_thread, g_steal_pointer (&task)));
}

/**
 * nv_plan_load_from_file_finish:
 *
 * Returns: (transfer full): the plan, or %NULL with @error set: the same
 *   error nv_plan_load_from_file() gives, or %G_IO_ERROR_CANCELLED
 */
NvPlan *
nv_plan_load_from_file_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nv_plan_load_from_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
