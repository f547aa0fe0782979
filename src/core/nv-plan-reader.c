/* nv-plan-reader.c: JSON plan file → model
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "nv-enums.h"
#include "nv-json-check.h"
#include "nv-plan-file.h"
#include "nv-record-list.h"
#include "nv-record-private.h"
#include "nv-util.h"

G_DEFINE_QUARK (nv-plan-error-quark, nv_plan_error)

typedef struct
{
  GString    *path;  /* where we are, as "networks[0].meetings[2]" */
  GHashTable *ids;   /* id → NvRecord, borrowed */
} Reader;

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
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("text");
        case G_TYPE_INT64:
          return _("a whole number");
        case G_TYPE_DOUBLE:
          return _("a decimal number");
        case G_TYPE_BOOLEAN:
          return _("true or false");
        default:
          return _("a value");
        }
    }
}

static gboolean
type_error (Reader      *reader,
            JsonNode    *node,
            const char  *expected,
            GError     **error)
{
  /* Translators: "networks[0].name: expected text, found a whole number" */
  g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_TYPE,
               _("%s: expected %s, found %s"),
               reader_where (reader), expected, describe_node (node));
  return FALSE;
}

static gboolean
node_is (JsonNode *node,
         GType     value_type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == value_type;
}

static gboolean
read_string (Reader      *reader,
             JsonNode    *node,
             char       **out,
             GError     **error)
{
  const char *text;

  if (!node_is (node, G_TYPE_STRING))
    return type_error (reader, node, _("text"), error);

  text = json_node_get_string (node);
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
check_id_node (Reader    *reader,
               JsonNode  *node,
               GError   **error)
{
  if (!node_is (node, G_TYPE_STRING))
    return type_error (reader, node, _("an id"), error);
  if (json_node_get_string (node)[0] == '\0')
    return empty_id_error (reader, error);
  return TRUE;
}

static gboolean
read_strv (Reader      *reader,
           JsonNode    *node,
           gboolean     ids,
           char      ***out,
           GError     **error)
{
  JsonArray *array;
  guint n;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (reader, node, ids ? _("a list of ids") : _("a list of text"), error);

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  builder = g_strv_builder_new ();

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize mark = reader_push_index (reader, i);

      if (ids && !check_id_node (reader, element, error))
        return FALSE;
      if (!node_is (element, G_TYPE_STRING))
        return type_error (reader, element, _("text"), error);

      g_strv_builder_add (builder, json_node_get_string (element));
      reader_pop (reader, mark);
    }

  g_strfreev (*out);
  *out = (n > 0) ? g_strv_builder_end (builder) : NULL;
  return TRUE;
}

static gboolean
read_int (Reader      *reader,
          JsonNode    *node,
          GParamSpec  *pspec,
          int         *out,
          GError     **error)
{
  GParamSpecInt *int_spec = G_PARAM_SPEC_INT (pspec);
  gint64 value;

  if (!node_is (node, G_TYPE_INT64))
    return type_error (reader, node, _("a whole number"), error);

  value = json_node_get_int (node);
  if (value < int_spec->minimum || value > int_spec->maximum)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);

      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
                   _("%s: %s is out of range (%d to %d)"),
                   reader_where (reader), number, int_spec->minimum, int_spec->maximum);
      return FALSE;
    }

  *out = (int) value;
  return TRUE;
}

static gboolean
read_enum (Reader      *reader,
           JsonNode    *node,
           GType        enum_type,
           int         *out,
           GError     **error)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  g_autoptr(GString) allowed = NULL;
  const char *nick;

  if (!node_is (node, G_TYPE_STRING))
    return type_error (reader, node, _("text"), error);

  nick = json_node_get_string (node);
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
           JsonNode    *node,
           guint       *out,
           GError     **error)
{
  if (!node_is (node, G_TYPE_STRING))
    return type_error (reader, node, _("a date"), error);

  if (!nv_date_parse_iso (json_node_get_string (node), out))
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
                   _("%s: “%s” is not a valid date (expected YYYY-MM-DD)"),
                   reader_where (reader), json_node_get_string (node));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_time (Reader      *reader,
           JsonNode    *node,
           int         *out,
           GError     **error)
{
  if (!node_is (node, G_TYPE_STRING))
    return type_error (reader, node, _("a time of day"), error);

  if (!nv_time_parse (json_node_get_string (node), out))
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
                   _("%s: “%s” is not a valid time of day (expected HH:MM, 00:00 to 23:59)"),
                   reader_where (reader), json_node_get_string (node));
      return FALSE;
    }

  return TRUE;
}

static gboolean read_record (Reader    *reader,
                             NvRecord  *record,
                             JsonNode  *node,
                             GError   **error);

static gboolean
read_list (Reader      *reader,
           JsonNode    *node,
           GType        item_type,
           NvRecordList *list,
           GError     **error)
{
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (reader, node, _("a list"), error);

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      NvRecord *item = g_object_new (item_type, NULL);
      gsize mark = reader_push_index (reader, i);

      g_ptr_array_add (items, item);
      if (!read_record (reader, item, json_array_get_element (array, i), error))
        return FALSE;
      reader_pop (reader, mark);

      /* Its part of the tree is in the model now: free it at once, so
       * the model reuses that memory instead of growing the process */
      json_node_init_null (json_array_get_element (array, i));
    }

  nv_record_list_take_all (list, g_steal_pointer (&items));
  return TRUE;
}

static gboolean
read_field (Reader      *reader,
            NvRecord    *record,
            GParamSpec  *pspec,
            JsonNode    *node,
            GError     **error)
{
  const NvField *field = nv_field_get (pspec);
  gpointer member = nv_record_field_pointer (record, pspec);

  /* null is the same as a missing member: the default */
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  switch (field->kind)
    {
    case NV_FIELD_STRING:
      return read_string (reader, node, member, error);

    case NV_FIELD_REF:
      if (!check_id_node (reader, node, error))
        return FALSE;
      return read_string (reader, node, member, error);

    case NV_FIELD_INT:
    case NV_FIELD_DURATION:
      return read_int (reader, node, pspec, member, error);

    case NV_FIELD_BOOLEAN:
      if (!node_is (node, G_TYPE_BOOLEAN))
        return type_error (reader, node, _("true or false"), error);
      *(gboolean *) member = json_node_get_boolean (node);
      return TRUE;

    case NV_FIELD_ENUM:
      return read_enum (reader, node, field->target_type, member, error);

    case NV_FIELD_DATE:
      return read_date (reader, node, member, error);

    case NV_FIELD_TIME:
      return read_time (reader, node, member, error);

    case NV_FIELD_STRV:
      return read_strv (reader, node, FALSE, member, error);

    case NV_FIELD_REF_LIST:
      return read_strv (reader, node, TRUE, member, error);

    case NV_FIELD_RECORD:
      return read_record (reader, *(NvRecord **) member, node, error);

    case NV_FIELD_LIST:
      return read_list (reader, node, field->target_type, *(NvRecordList **) member, error);

    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_id (Reader      *reader,
         NvRecord    *record,
         JsonNode    *node,
         GError     **error)
{
  const char *id;
  NvRecord *other;

  if (!check_id_node (reader, node, error))
    return FALSE;

  id = json_node_get_string (node);
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

static gboolean
read_record (Reader    *reader,
             NvRecord  *record,
             JsonNode  *node,
             GError   **error)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return type_error (reader, node, _("an object"), error);

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      GParamSpec *pspec;
      gsize mark;

      /* The plan's own header members are read by read_plan() */
      if (reader->path->len == 0 && (g_str_equal (key, "format") || g_str_equal (key, "version")))
        continue;

      mark = reader_push_member (reader, key);

      if (g_str_equal (key, "id") && nv_record_has_id_prefix (record))
        {
          if (!read_id (reader, record, member, error))
            return FALSE;
        }
      else if ((pspec = nv_record_lookup_field (record, key)) != NULL)
        {
          if (!read_field (reader, record, pspec, member, error))
            return FALSE;
        }
      else
        {
          /* Unknown to this version: keep it and write it back unchanged */
          if (extra == NULL)
            extra = json_object_new ();
          json_object_set_member (extra, key, json_node_copy (member));
        }

      reader_pop (reader, mark);
    }

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
read_header (JsonNode  *root,
             GError   **error)
{
  JsonObject *object;
  JsonNode *format, *version;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    goto not_a_plan;

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  if (format == NULL || !node_is (format, G_TYPE_STRING) ||
      !g_str_equal (json_node_get_string (format), NV_PLAN_FORMAT_NAME))
    goto not_a_plan;

  version = json_object_get_member (object, "version");
  if (version == NULL || !node_is (version, G_TYPE_INT64) || json_node_get_int (version) < 1)
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE,
                   _("version: the file has no valid format version"));
      return FALSE;
    }

  if (json_node_get_int (version) > NV_PLAN_FORMAT_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_NEWER_VERSION,
                   /* Translators: "version" is the name of the member in the file, left as it is */
                   _("version: the plan was saved by a newer version of Netværk (file format %s; this version reads format %d). Update Netværk to open it."),
                   number, NV_PLAN_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;

not_a_plan:
  g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_NOT_A_PLAN,
               _("The file is not a Netværk plan (it has no “format”: “%s” member)"),
               NV_PLAN_FORMAT_NAME);
  return FALSE;
}

/* Checks and parses a plan file's contents, down to its header. The
 * tree holds copies of all the text: @data can go once it is parsed,
 * before the model is built, which keeps the peak memory down. */
static JsonNode *
parse_plan (const char  *data,
            gsize        length,
            GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  if (!check_bytes (data, length, error))
    return NULL;

  /* A byte-order mark is not JSON, but some editors write one */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  root = nv_json_parse (data, length, NV_PLAN_MAX_DEPTH, error);
  if (root == NULL || !read_header (root, error))
    return NULL;

  return g_steal_pointer (&root);
}

/* Builds the model straight from the parsed tree */
static NvPlan *
build_plan (JsonNode  *root,
            GError   **error)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  Reader reader = { .path = path, .ids = ids };

  if (!read_record (&reader, NV_RECORD (plan), root, error) ||
      !check_references (&reader, NV_RECORD (plan), error))
    return NULL;

  /* Every id is in it: the plan's lookups need not walk the plan first */
  nv_plan_take_index (plan, g_steal_pointer (&ids));
  return g_steal_pointer (&plan);
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
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  root = parse_plan (data, length, error);
  if (root == NULL)
    return NULL;

  return build_plan (root, error);
}

NvPlan *
nv_plan_load_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(JsonNode) root = NULL;
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

  /* A local file is read in one go, its size known; GIO reads it 8 kB
   * at a time into a growing buffer. Any problem is left to GIO, for
   * its messages. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (g_file_peek_path (file) == NULL ||
      !g_file_get_contents (g_file_peek_path (file), &contents, &length, NULL))
    contents = NULL;

  if (contents == NULL &&
      !g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_IO,
                   _("Could not read the plan: %s"), local_error->message);
      return NULL;
    }

  root = parse_plan (contents, length, error);
  g_clear_pointer (&contents, g_free);
  if (root == NULL)
    return NULL;

  return build_plan (root, error);
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
