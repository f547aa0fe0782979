/* nv-plan-writer.c: model → JSON plan file
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-enums.h"
#include "nv-plan-file.h"
#include "nv-record-private.h"
#include "nv-safe-file.h"
#include "nv-util.h"

/*
 * The file is written by hand rather than with JsonGenerator, which puts
 * a space before every colon and cannot be told not to: our layout is the
 * common one ("key": value, two-space indent, UTF-8 unescaped), which the
 * MIME type's magic and people reading a diff both expect, and one pass
 * over the model is faster than building a JsonNode tree first.
 */

typedef struct
{
  GString *out;
  guint    indent;
} Writer;

static void
write_newline (Writer *writer)
{
  static const char spaces[] = "                                                                ";
  gsize width = 2 * writer->indent;

  g_string_append_c (writer->out, '\n');
  for (; width > sizeof spaces - 1; width -= sizeof spaces - 1)
    g_string_append_len (writer->out, spaces, sizeof spaces - 1);
  g_string_append_len (writer->out, spaces, width);
}

/* Whether a byte is written as it is inside JSON text */
static inline gboolean
is_plain (guchar c)
{
  return c >= 0x20 && c != '"' && c != '\\';
}

static void
write_string (Writer     *writer,
              const char *text)
{
  GString *out = writer->out;
  const char *p = text;

  g_string_append_c (out, '"');
  while (*p != '\0')
    {
      const char *run = p;
      guchar c;

      /* Most text has nothing to escape: copy it a run at a time */
      while (is_plain (*p))
        p++;
      g_string_append_len (out, run, p - run);

      c = *p;
      if (c == '\0')
        break;
      p++;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:    g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append_c (out, '"');
}

/* Opens a member of the object being written; @first says whether a
 * comma goes before it. */
static void
write_key (Writer     *writer,
           const char *key,
           gboolean   *first)
{
  if (!*first)
    g_string_append_c (writer->out, ',');
  *first = FALSE;
  write_newline (writer);
  write_string (writer, key);
  g_string_append (writer->out, ": ");
}

static void
write_open (Writer *writer,
            char    bracket)
{
  g_string_append_c (writer->out, bracket);
  writer->indent++;
}

static void
write_close (Writer   *writer,
             char      bracket,
             gboolean  empty)
{
  writer->indent--;
  if (!empty)
    write_newline (writer);
  g_string_append_c (writer->out, bracket);
}

static void
write_strv (Writer             *writer,
            const char * const *strv)
{
  write_open (writer, '[');
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (writer->out, ',');
      write_newline (writer);
      write_string (writer, strv[i]);
    }
  write_close (writer, ']', FALSE);
}

/* Unknown members are written back as they were read */
static void
write_node (Writer   *writer,
            JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *key;
        JsonNode *member;
        gboolean first = TRUE;

        write_open (writer, '{');
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &key, &member))
          {
            write_key (writer, key, &first);
            write_node (writer, member);
          }
        write_close (writer, '}', first);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        write_open (writer, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (writer->out, ',');
            write_newline (writer);
            write_node (writer, json_array_get_element (array, i));
          }
        write_close (writer, ']', n == 0);
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (writer->out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (writer, json_node_get_string (node));
          break;
        case G_TYPE_INT64:
          g_string_append_printf (writer->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (writer->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_DOUBLE:
        default:
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];

            g_string_append (writer->out,
                             g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
          }
          break;
        }
      break;
    }
}

static void write_record_members (Writer   *writer,
                                  NvRecord *record,
                                  gboolean *first);

static void
write_record (Writer   *writer,
              NvRecord *record)
{
  gboolean first = TRUE;

  write_open (writer, '{');
  write_record_members (writer, record, &first);
  write_close (writer, '}', first);
}

static void
write_field (Writer     *writer,
             NvRecord   *record,
             GParamSpec *pspec)
{
  const NvField *field = nv_field_get (pspec);
  gpointer member = nv_record_field_pointer (record, pspec);

  switch (field->kind)
    {
    case NV_FIELD_STRING:
    case NV_FIELD_REF:
      write_string (writer, *(char **) member);
      break;

    case NV_FIELD_INT:
    case NV_FIELD_DURATION:
      g_string_append_printf (writer->out, "%d", *(int *) member);
      break;

    case NV_FIELD_BOOLEAN:
      g_string_append (writer->out, *(gboolean *) member ? "true" : "false");
      break;

    case NV_FIELD_ENUM:
      write_string (writer, nv_enum_to_nick (field->target_type, *(int *) member));
      break;

    case NV_FIELD_DATE:
      {
        g_autofree char *text = nv_date_to_iso (*(guint *) member);
        write_string (writer, text);
      }
      break;

    case NV_FIELD_TIME:
      {
        g_autofree char *text = nv_time_to_string (*(int *) member);
        write_string (writer, text);
      }
      break;

    case NV_FIELD_STRV:
    case NV_FIELD_REF_LIST:
      write_strv (writer, *(const char * const **) member);
      break;

    case NV_FIELD_RECORD:
      write_record (writer, *(NvRecord **) member);
      break;

    case NV_FIELD_LIST:
      {
        GListModel *items = *(GListModel **) member;
        guint n = g_list_model_get_n_items (items);

        write_open (writer, '[');
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(NvRecord) item = g_list_model_get_item (items, i);

            if (i > 0)
              g_string_append_c (writer->out, ',');
            write_newline (writer);
            write_record (writer, item);
          }
        write_close (writer, ']', FALSE);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
write_record_members (Writer   *writer,
                      NvRecord *record,
                      gboolean *first)
{
  GPtrArray *fields = nv_record_get_fields (record);
  JsonObject *extra = nv_record_get_extra (record);
  const char *id = nv_record_get_id (record);

  if (id != NULL)
    {
      write_key (writer, "id", first);
      write_string (writer, id);
    }

  /* Members holding their default are left out, as the format says */
  for (guint i = 0; i < fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);

      if (nv_record_field_is_default (record, pspec))
        continue;

      write_key (writer, nv_field_get (pspec)->key, first);
      write_field (writer, record, pspec);
    }

  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, extra);
      while (json_object_iter_next_ordered (&iter, &key, &member))
        {
          write_key (writer, key, first);
          write_node (writer, member);
        }
    }
}

/**
 * nv_plan_to_bytes:
 *
 * Returns: (transfer full): the plan as the contents of a plan file
 */
GBytes *
nv_plan_to_bytes (NvPlan *plan)
{
  gsize expected = nv_plan_get_text_size (plan);
  Writer writer = { .out = g_string_sized_new (expected + expected / 8 + 64 * 1024), .indent = 0 };
  gboolean first = TRUE;

  g_return_val_if_fail (NV_IS_PLAN (plan), NULL);

  /* Room for all of it at once: a text growing by halves is copied
   * again and again, into memory that faults in 4 kB at a time */
  nv_prefer_huge_pages (writer.out->str, writer.out->allocated_len);

  write_open (&writer, '{');
  write_key (&writer, "format", &first);
  write_string (&writer, NV_PLAN_FORMAT_NAME);
  write_key (&writer, "version", &first);
  g_string_append_printf (writer.out, "%d", NV_PLAN_FORMAT_VERSION);
  write_record_members (&writer, NV_RECORD (plan), &first);
  write_close (&writer, '}', FALSE);
  g_string_append_c (writer.out, '\n');

  nv_plan_set_text_size (plan, writer.out->len);
  return g_string_free_to_bytes (writer.out);
}

gboolean
nv_plan_save_to_file (NvPlan        *plan,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (NV_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = nv_plan_to_bytes (plan);
  return nv_safe_file_replace (file,
                               g_bytes_get_data (bytes, NULL),
                               g_bytes_get_size (bytes),
                               cancellable, error);
}
