/* nv-record.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nv-history-private.h"
#include "nv-record-list.h"
#include "nv-record-private.h"
#include "nv-util.h"

typedef struct
{
  char         *id;
  JsonObject   *extra;      /* members of the file this version does not know */
  NvRecordList *container;  /* the list this record is in, if any */
  NvRecord     *parent;     /* the record this one is a part of (invitation → meeting) */
  NvHistory    *history;    /* only on the root of a tree: the plan's history */
} NvRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (NvRecord, nv_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (nv-field, nv_field)

static void nv_record_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec);
static void nv_record_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec);

static GParamSpec *
attach_field (GParamSpec  *pspec,
              NvFieldKind  kind,
              GType        target_type,
              goffset      offset)
{
  NvField *field = g_new0 (NvField, 1);
  g_autofree char *key = g_strdup (pspec->name);

  g_strdelimit (key, "-", '_');
  field->kind = kind;
  field->offset = offset;
  field->target_type = target_type;
  field->key = g_intern_string (key);
  g_param_spec_set_qdata_full (pspec, nv_field_quark (), field, g_free);

  return pspec;
}

GParamSpec *
nv_field_string (const char *name,
                 const char *nick,
                 goffset     offset)
{
  return attach_field (g_param_spec_string (name, nick, NULL, NULL, NV_FIELD_FLAGS),
                       NV_FIELD_STRING, G_TYPE_NONE, offset);
}

GParamSpec *
nv_field_int (const char *name,
              const char *nick,
              int         minimum,
              int         maximum,
              int         default_value,
              goffset     offset)
{
  return attach_field (g_param_spec_int (name, nick, NULL, minimum, maximum, default_value,
                                         NV_FIELD_FLAGS),
                       NV_FIELD_INT, G_TYPE_NONE, offset);
}

GParamSpec *
nv_field_boolean (const char *name,
                  const char *nick,
                  goffset     offset)
{
  return attach_field (g_param_spec_boolean (name, nick, NULL, FALSE, NV_FIELD_FLAGS),
                       NV_FIELD_BOOLEAN, G_TYPE_NONE, offset);
}

GParamSpec *
nv_field_enum (const char *name,
               const char *nick,
               GType       enum_type,
               goffset     offset)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  return attach_field (g_param_spec_enum (name, nick, NULL, enum_type,
                                          enum_class->values[0].value, NV_FIELD_FLAGS),
                       NV_FIELD_ENUM, enum_type, offset);
}

GParamSpec *
nv_field_date (const char *name,
               const char *nick,
               goffset     offset)
{
  return attach_field (g_param_spec_uint (name, nick, NULL, 0, NV_DATE_MAX, 0, NV_FIELD_FLAGS),
                       NV_FIELD_DATE, G_TYPE_NONE, offset);
}

GParamSpec *
nv_field_time (const char *name,
               const char *nick,
               goffset     offset)
{
  return attach_field (g_param_spec_int (name, nick, NULL, -1, NV_MINUTES_PER_DAY - 1, -1,
                                         NV_FIELD_FLAGS),
                       NV_FIELD_TIME, G_TYPE_NONE, offset);
}

GParamSpec *
nv_field_duration (const char *name,
                   const char *nick,
                   goffset     offset)
{
  return attach_field (g_param_spec_int (name, nick, NULL, -1, NV_MINUTES_PER_DAY, -1,
                                         NV_FIELD_FLAGS),
                       NV_FIELD_DURATION, G_TYPE_NONE, offset);
}

GParamSpec *
nv_field_strv (const char *name,
               const char *nick,
               goffset     offset)
{
  return attach_field (g_param_spec_boxed (name, nick, NULL, G_TYPE_STRV, NV_FIELD_FLAGS),
                       NV_FIELD_STRV, G_TYPE_NONE, offset);
}

GParamSpec *
nv_field_ref (const char *name,
              const char *nick,
              GType       target_type,
              goffset     offset)
{
  return attach_field (g_param_spec_string (name, nick, NULL, NULL, NV_FIELD_FLAGS),
                       NV_FIELD_REF, target_type, offset);
}

GParamSpec *
nv_field_ref_list (const char *name,
                   const char *nick,
                   GType       target_type,
                   goffset     offset)
{
  return attach_field (g_param_spec_boxed (name, nick, NULL, G_TYPE_STRV, NV_FIELD_FLAGS),
                       NV_FIELD_REF_LIST, target_type, offset);
}

GParamSpec *
nv_field_record (const char *name,
                 const char *nick,
                 GType       record_type,
                 goffset     offset)
{
  return attach_field (g_param_spec_object (name, nick, NULL, record_type,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS),
                       NV_FIELD_RECORD, record_type, offset);
}

GParamSpec *
nv_field_list (const char *name,
               const char *nick,
               GType       item_type,
               goffset     offset)
{
  return attach_field (g_param_spec_object (name, nick, NULL, G_TYPE_LIST_MODEL,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS),
                       NV_FIELD_LIST, item_type, offset);
}

/* Reading, writing and walking a plan ask for fields millions of times,
 * and qdata takes a lock each time: a small cache per thread answers
 * instead. Entries never go stale, as a field stays tied to its
 * GParamSpec, and GParamSpecs of a class are never freed. */
#define FIELD_CACHE_SIZE 256

typedef struct
{
  GParamSpec    *pspec;
  const NvField *field;
} FieldCacheEntry;

static __thread FieldCacheEntry field_cache[FIELD_CACHE_SIZE];

const NvField *
nv_field_get (GParamSpec *pspec)
{
  FieldCacheEntry *entry = &field_cache[(GPOINTER_TO_SIZE (pspec) >> 4) % FIELD_CACHE_SIZE];
  const NvField *field;

  if (G_LIKELY (entry->pspec == pspec && pspec != NULL))
    return entry->field;

  field = g_param_spec_get_qdata (pspec, nv_field_quark ());
  if (field != NULL)
    *entry = (FieldCacheEntry) { pspec, field };
  return field;
}

void
nv_record_class_install_fields (NvRecordClass  *klass,
                                const char     *id_prefix,
                                guint           n_pspecs,
                                GParamSpec    **pspecs)
{
  g_return_if_fail (NV_IS_RECORD_CLASS (klass));

  /* GObject does not inherit these two: every subclass gets the generic ones */
  G_OBJECT_CLASS (klass)->get_property = nv_record_get_property;
  G_OBJECT_CLASS (klass)->set_property = nv_record_set_property;

  klass->id_prefix = id_prefix;
  klass->fields = g_ptr_array_new ();
  klass->fields_by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_pspecs; i++)
    {
      const NvField *field;

      if (pspecs[i] == NULL)
        continue;

      field = nv_field_get (pspecs[i]);
      g_assert (field != NULL);
      g_ptr_array_add (klass->fields, pspecs[i]);
      g_hash_table_insert (klass->fields_by_key, (gpointer) field->key, pspecs[i]);
    }

  g_object_class_install_properties (G_OBJECT_CLASS (klass), n_pspecs, pspecs);
}

gpointer
nv_record_field_pointer (NvRecord   *self,
                         GParamSpec *pspec)
{
  const NvField *field = nv_field_get (pspec);

  return G_STRUCT_MEMBER_P (self, field->offset);
}

#define MEMBER(self, pspec, type) (*(type *) nv_record_field_pointer ((self), (pspec)))

GPtrArray *
nv_record_get_fields (NvRecord *self)
{
  return NV_RECORD_GET_CLASS (self)->fields;
}

GParamSpec *
nv_record_lookup_field (NvRecord   *self,
                        const char *key)
{
  return g_hash_table_lookup (NV_RECORD_GET_CLASS (self)->fields_by_key, key);
}

/* Called before a field really changes, so the history keeps the old value */
static void
will_change (NvRecord   *self,
             GParamSpec *pspec)
{
  nv_history_record_property (nv_record_find_history (self), self, pspec);
}

static void
notify_change (NvRecord   *self,
               GParamSpec *pspec)
{
  NvRecordClass *klass = NV_RECORD_GET_CLASS (self);

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  if (klass->field_changed != NULL)
    klass->field_changed (self, pspec);
  nv_history_emit_changed (nv_record_find_history (self));
}

void
nv_record_set_string (NvRecord   *self,
                      GParamSpec *pspec,
                      const char *value)
{
  char **member = &MEMBER (self, pspec, char *);

  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*member, value) == 0)
    return;

  will_change (self, pspec);
  g_free (*member);
  *member = g_strdup (value);
  notify_change (self, pspec);
}

static gboolean
int_field_accepts (GParamSpec *pspec,
                   int         value)
{
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    return g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class, value) != NULL;

  return value >= G_PARAM_SPEC_INT (pspec)->minimum && value <= G_PARAM_SPEC_INT (pspec)->maximum;
}

void
nv_record_set_int (NvRecord   *self,
                   GParamSpec *pspec,
                   int         value)
{
  int *member = &MEMBER (self, pspec, int);

  /* A value outside the field's range could not be saved or shown */
  g_return_if_fail (int_field_accepts (pspec, value));

  if (*member == value)
    return;

  will_change (self, pspec);
  *member = value;
  notify_change (self, pspec);
}

void
nv_record_set_uint (NvRecord   *self,
                    GParamSpec *pspec,
                    guint       value)
{
  guint *member = &MEMBER (self, pspec, guint);

  g_return_if_fail (value >= G_PARAM_SPEC_UINT (pspec)->minimum &&
                    value <= G_PARAM_SPEC_UINT (pspec)->maximum);

  if (*member == value)
    return;

  will_change (self, pspec);
  *member = value;
  notify_change (self, pspec);
}

void
nv_record_set_boolean (NvRecord   *self,
                       GParamSpec *pspec,
                       gboolean    value)
{
  gboolean *member = &MEMBER (self, pspec, gboolean);

  value = !!value;
  if (*member == value)
    return;

  will_change (self, pspec);
  *member = value;
  notify_change (self, pspec);
}

void
nv_record_set_strv (NvRecord           *self,
                    GParamSpec         *pspec,
                    const char * const *value)
{
  char ***member = &MEMBER (self, pspec, char **);

  if (value != NULL && value[0] == NULL)
    value = NULL;

  if (nv_strv_equal ((const char * const *) *member, value))
    return;

  will_change (self, pspec);
  g_strfreev (*member);
  *member = g_strdupv ((char **) value);
  notify_change (self, pspec);
}

gboolean
nv_record_field_is_default (NvRecord   *self,
                            GParamSpec *pspec)
{
  const NvField *field = nv_field_get (pspec);

  switch (field->kind)
    {
    case NV_FIELD_STRING:
    case NV_FIELD_REF:
      return MEMBER (self, pspec, char *) == NULL;

    case NV_FIELD_INT:
    case NV_FIELD_TIME:
    case NV_FIELD_DURATION:
      return MEMBER (self, pspec, int) == G_PARAM_SPEC_INT (pspec)->default_value;

    case NV_FIELD_ENUM:
      return MEMBER (self, pspec, int) == G_PARAM_SPEC_ENUM (pspec)->default_value;

    case NV_FIELD_BOOLEAN:
      return !MEMBER (self, pspec, gboolean);

    case NV_FIELD_DATE:
      return MEMBER (self, pspec, guint) == 0;

    case NV_FIELD_STRV:
    case NV_FIELD_REF_LIST:
      return MEMBER (self, pspec, char **) == NULL;

    case NV_FIELD_LIST:
      return g_list_model_get_n_items (MEMBER (self, pspec, GListModel *)) == 0;

    case NV_FIELD_RECORD:
      {
        NvRecord *child = MEMBER (self, pspec, NvRecord *);
        GPtrArray *fields = nv_record_get_fields (child);

        if (nv_record_get_extra (child) != NULL)
          return FALSE;

        for (guint i = 0; i < fields->len; i++)
          if (!nv_record_field_is_default (child, g_ptr_array_index (fields, i)))
            return FALSE;

        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

/* "text" with C escapes, or NULL, as g_strdup_value_contents() writes it */
static void
append_quoted (GString    *out,
               const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL)
    {
      g_string_append (out, "NULL");
      return;
    }

  escaped = g_strescape (text, NULL);
  g_string_append_c (out, '"');
  g_string_append (out, escaped);
  g_string_append_c (out, '"');
}

static void
append_field_value (GString    *out,
                    NvRecord   *self,
                    GParamSpec *pspec)
{
  const NvField *field = nv_field_get (pspec);

  switch (field->kind)
    {
    case NV_FIELD_STRING:
    case NV_FIELD_REF:
      append_quoted (out, MEMBER (self, pspec, char *));
      return;

    case NV_FIELD_INT:
    case NV_FIELD_TIME:
    case NV_FIELD_DURATION:
      g_string_append_printf (out, "%d", MEMBER (self, pspec, int));
      return;

    case NV_FIELD_DATE:
      g_string_append_printf (out, "%u", MEMBER (self, pspec, guint));
      return;

    case NV_FIELD_BOOLEAN:
      g_string_append (out, MEMBER (self, pspec, gboolean) ? "TRUE" : "FALSE");
      return;

    case NV_FIELD_ENUM:
      {
        g_autofree char *name = g_enum_to_string (pspec->value_type, MEMBER (self, pspec, int));

        g_string_append_printf (out, "((%s) %s)", g_type_name (pspec->value_type), name);
        return;
      }

    case NV_FIELD_STRV:
    case NV_FIELD_REF_LIST:
      {
        char **strv = MEMBER (self, pspec, char **);

        if (strv == NULL)
          {
            g_string_append (out, "NULL");
            return;
          }

        g_string_append_c (out, '[');
        for (guint i = 0; strv[i] != NULL; i++)
          {
            if (i > 0)
              g_string_append (out, ", ");
            append_quoted (out, strv[i]);
          }
        g_string_append_c (out, ']');
        return;
      }

    case NV_FIELD_RECORD:
    case NV_FIELD_LIST:
    default:
      {
        g_auto(GValue) value = G_VALUE_INIT;
        g_autofree char *text = NULL;

        g_value_init (&value, pspec->value_type);
        g_object_get_property (G_OBJECT (self), pspec->name, &value);
        text = g_strdup_value_contents (&value);
        g_string_append (out, text);
        return;
      }
    }
}

static void
append_field_line (NvRecord   *self,
                   GParamSpec *pspec,
                   GString    *out)
{
  g_string_append (out, pspec->name);
  g_string_append_c (out, '=');
  append_field_value (out, self, pspec);
  g_string_append_c (out, '\n');
}

/**
 * nv_record_append_field_lines:
 * @fields: (nullable) (array zero-terminated=1): the fields to write, or
 *   %NULL for all of them
 * @out: where to write
 *
 * Writes fields of @self as lines "name=value", each value as
 * g_strdup_value_contents() writes it: the calendar export keeps a
 * digest of such lines, to see whether a meeting changed since it was
 * last exported. (It once asked g_strdup_value_contents() itself, which
 * took a quarter of a large export.)
 */
void
nv_record_append_field_lines (NvRecord          *self,
                              GParamSpec * const *fields,
                              GString           *out)
{
  GPtrArray *all = nv_record_get_fields (self);

  g_return_if_fail (NV_IS_RECORD (self));

  if (fields == NULL)
    {
      for (guint i = 0; i < all->len; i++)
        append_field_line (self, g_ptr_array_index (all, i), out);
      return;
    }

  for (guint i = 0; fields[i] != NULL; i++)
    append_field_line (self, fields[i], out);
}

static void
nv_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NvRecord *self = NV_RECORD (object);
  const NvField *field = nv_field_get (pspec);

  if (field == NULL)
    {
      if (pspec == properties[PROP_ID])
        g_value_set_string (value, nv_record_get_id (self));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  switch (field->kind)
    {
    case NV_FIELD_STRING:
    case NV_FIELD_REF:
      g_value_set_string (value, MEMBER (self, pspec, char *));
      break;

    case NV_FIELD_INT:
    case NV_FIELD_TIME:
    case NV_FIELD_DURATION:
      g_value_set_int (value, MEMBER (self, pspec, int));
      break;

    case NV_FIELD_ENUM:
      g_value_set_enum (value, MEMBER (self, pspec, int));
      break;

    case NV_FIELD_BOOLEAN:
      g_value_set_boolean (value, MEMBER (self, pspec, gboolean));
      break;

    case NV_FIELD_DATE:
      g_value_set_uint (value, MEMBER (self, pspec, guint));
      break;

    case NV_FIELD_STRV:
    case NV_FIELD_REF_LIST:
      g_value_set_boxed (value, MEMBER (self, pspec, char **));
      break;

    case NV_FIELD_RECORD:
    case NV_FIELD_LIST:
      g_value_set_object (value, MEMBER (self, pspec, GObject *));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
nv_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  NvRecord *self = NV_RECORD (object);
  const NvField *field = nv_field_get (pspec);

  if (field == NULL)
    {
      if (pspec == properties[PROP_ID])
        nv_record_set_id (self, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  switch (field->kind)
    {
    case NV_FIELD_STRING:
    case NV_FIELD_REF:
      nv_record_set_string (self, pspec, g_value_get_string (value));
      break;

    case NV_FIELD_INT:
    case NV_FIELD_TIME:
    case NV_FIELD_DURATION:
      nv_record_set_int (self, pspec, g_value_get_int (value));
      break;

    case NV_FIELD_ENUM:
      nv_record_set_int (self, pspec, g_value_get_enum (value));
      break;

    case NV_FIELD_BOOLEAN:
      nv_record_set_boolean (self, pspec, g_value_get_boolean (value));
      break;

    case NV_FIELD_DATE:
      nv_record_set_uint (self, pspec, g_value_get_uint (value));
      break;

    case NV_FIELD_STRV:
    case NV_FIELD_REF_LIST:
      nv_record_set_strv (self, pspec, g_value_get_boxed (value));
      break;

    case NV_FIELD_RECORD:
    case NV_FIELD_LIST:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      break;
    }
}

/* Every field starts at its declared default; nested records and lists
 * always exist, so callers never have to check for them. */
static void
nv_record_constructed (GObject *object)
{
  NvRecord *self = NV_RECORD (object);
  GPtrArray *fields = nv_record_get_fields (self);

  G_OBJECT_CLASS (nv_record_parent_class)->constructed (object);

  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);
      const NvField *field = nv_field_get (pspec);

      switch (field->kind)
        {
        case NV_FIELD_INT:
        case NV_FIELD_TIME:
        case NV_FIELD_DURATION:
          MEMBER (self, pspec, int) = G_PARAM_SPEC_INT (pspec)->default_value;
          break;

        case NV_FIELD_ENUM:
          MEMBER (self, pspec, int) = G_PARAM_SPEC_ENUM (pspec)->default_value;
          break;

        case NV_FIELD_RECORD:
          {
            NvRecord *child = g_object_new (field->target_type, NULL);
            NvRecordPrivate *child_priv = nv_record_get_instance_private (child);

            child_priv->parent = self;
            MEMBER (self, pspec, gpointer) = child;
          }
          break;

        case NV_FIELD_LIST:
          MEMBER (self, pspec, gpointer) = nv_record_list_new (field->target_type, self);
          break;

        case NV_FIELD_STRING:
        case NV_FIELD_REF:
        case NV_FIELD_BOOLEAN:
        case NV_FIELD_DATE:
        case NV_FIELD_STRV:
        case NV_FIELD_REF_LIST:
        default:
          break;
        }
    }
}

static void
nv_record_finalize (GObject *object)
{
  NvRecord *self = NV_RECORD (object);
  NvRecordPrivate *priv = nv_record_get_instance_private (self);
  GPtrArray *fields = nv_record_get_fields (self);

  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);

      switch (nv_field_get (pspec)->kind)
        {
        case NV_FIELD_STRING:
        case NV_FIELD_REF:
          g_clear_pointer (&MEMBER (self, pspec, char *), g_free);
          break;

        case NV_FIELD_STRV:
        case NV_FIELD_REF_LIST:
          g_clear_pointer (&MEMBER (self, pspec, char **), g_strfreev);
          break;

        case NV_FIELD_RECORD:
          {
            NvRecord *child = MEMBER (self, pspec, NvRecord *);
            NvRecordPrivate *child_priv = nv_record_get_instance_private (child);

            child_priv->parent = NULL;
            g_clear_object (&MEMBER (self, pspec, NvRecord *));
          }
          break;

        case NV_FIELD_LIST:
          g_clear_object (&MEMBER (self, pspec, GObject *));
          break;

        case NV_FIELD_INT:
        case NV_FIELD_TIME:
        case NV_FIELD_DURATION:
        case NV_FIELD_ENUM:
        case NV_FIELD_BOOLEAN:
        case NV_FIELD_DATE:
        default:
          break;
        }
    }

  g_clear_object (&priv->history);
  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->extra, json_object_unref);

  G_OBJECT_CLASS (nv_record_parent_class)->finalize (object);
}

static void
nv_record_class_init (NvRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = nv_record_constructed;
  object_class->finalize = nv_record_finalize;
  object_class->get_property = nv_record_get_property;
  object_class->set_property = nv_record_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, NV_FIELD_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nv_record_init (NvRecord *self)
{
}

/* Rises whenever a record enters or leaves a list or gets another id,
 * in any plan: what nv_plan_lookup()'s index of ids depends on */
static guint tree_generation;

const char *
nv_record_get_id (NvRecord *self)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  g_return_val_if_fail (NV_IS_RECORD (self), NULL);

  return priv->id;
}

void
nv_record_set_id (NvRecord   *self,
                  const char *id)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  g_return_if_fail (NV_IS_RECORD (self));

  if (g_strcmp0 (priv->id, id) == 0)
    return;

  will_change (self, properties[PROP_ID]);
  g_free (priv->id);
  priv->id = g_strdup (id);
  g_atomic_int_inc (&tree_generation);
  notify_change (self, properties[PROP_ID]);
}

/**
 * nv_record_make_id:
 *
 * Gives @self a new random id with its class's prefix, such as
 * "m-3fa94c20e1d7", and returns it. 48 random bits keep collisions
 * unlikely even in plans of a million records.
 */
static char *
new_id (NvRecord *self)
{
  const char *prefix = NV_RECORD_GET_CLASS (self)->id_prefix;

  return g_strdup_printf ("%s-%06x%06x", prefix ? prefix : "r",
                          g_random_int_range (0, 1 << 24),
                          g_random_int_range (0, 1 << 24));
}

char *
nv_record_make_id (NvRecord *self)
{
  char *id = new_id (self);

  nv_record_set_id (self, id);
  return id;
}

/**
 * nv_record_ensure_id:
 *
 * Gives @self an id if it is of a kind that has one and has none yet:
 * a record that can be referred to must never reach the file without
 * one, or the file would not load again.
 */
void
nv_record_ensure_id (NvRecord *self)
{
  g_return_if_fail (NV_IS_RECORD (self));

  if (nv_record_has_id_prefix (self) && nv_record_get_id (self) == NULL)
    nv_record_take_id (self, new_id (self));
}

guint
nv_record_tree_generation (void)
{
  return (guint) g_atomic_int_get (&tree_generation);
}

void
nv_record_take_id (NvRecord *self,
                   char     *id)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  g_free (priv->id);
  priv->id = id;
  g_atomic_int_inc (&tree_generation);
}

void
nv_record_set_container (NvRecord     *self,
                         NvRecordList *container)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  priv->container = container;
  g_atomic_int_inc (&tree_generation);
}

/**
 * nv_record_get_container:
 *
 * Returns: (transfer none) (nullable): the list @self is in
 */
NvRecordList *
nv_record_get_container (NvRecord *self)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  g_return_val_if_fail (NV_IS_RECORD (self), NULL);

  return priv->container;
}

/**
 * nv_record_get_parent:
 *
 * Returns: (transfer none) (nullable): the record that owns @self: the
 * owner of its list, or the record it is a part of
 */
NvRecord *
nv_record_get_parent (NvRecord *self)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  g_return_val_if_fail (NV_IS_RECORD (self), NULL);

  if (priv->container != NULL)
    return nv_record_list_get_owner (priv->container);

  return priv->parent;
}

/**
 * nv_record_find_ancestor:
 * @type: a record type
 *
 * Returns: (transfer none) (nullable): @self or the nearest record
 * above it of @type, such as the meeting an agenda item belongs to
 */
NvRecord *
nv_record_find_ancestor (NvRecord *self,
                         GType     type)
{
  for (NvRecord *record = self; record != NULL; record = nv_record_get_parent (record))
    if (G_TYPE_CHECK_INSTANCE_TYPE (record, type))
      return record;

  return NULL;
}

void
nv_record_set_history (NvRecord  *self,
                       NvHistory *history)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  g_set_object (&priv->history, history);
}

/**
 * nv_record_find_history:
 *
 * Returns: (transfer none) (nullable): the history of the plan @self is
 * in, or %NULL for a record outside any plan
 */
NvHistory *
nv_record_find_history (NvRecord *self)
{
  NvRecord *root = self;
  NvRecord *parent;
  NvRecordPrivate *priv;

  while ((parent = nv_record_get_parent (root)) != NULL)
    root = parent;

  priv = nv_record_get_instance_private (root);
  return priv->history;
}

gboolean
nv_record_has_id_prefix (NvRecord *self)
{
  return NV_RECORD_GET_CLASS (self)->id_prefix != NULL;
}

/**
 * nv_field_set_required:
 *
 * Marks a field that a file must give a value: a member without a person
 * is meaningless, so reading one is an error rather than a guess.
 */
GParamSpec *
nv_field_set_required (GParamSpec *pspec)
{
  NvField *field = g_param_spec_get_qdata (pspec, nv_field_quark ());

  field->required = TRUE;
  return pspec;
}

JsonObject *
nv_record_get_extra (NvRecord *self)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  return priv->extra;
}

void
nv_record_set_extra (NvRecord   *self,
                     JsonObject *extra)
{
  NvRecordPrivate *priv = nv_record_get_instance_private (self);

  if (extra != NULL && json_object_get_size (extra) == 0)
    extra = NULL;

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&priv->extra, json_object_unref);
  priv->extra = extra;
}

static gboolean
lists_equal (GListModel *a,
             GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NvRecord) item_a = g_list_model_get_item (a, i);
      g_autoptr(NvRecord) item_b = g_list_model_get_item (b, i);

      if (!nv_record_equal (item_a, item_b))
        return FALSE;
    }

  return TRUE;
}

static gboolean
field_equal (NvRecord   *a,
             NvRecord   *b,
             GParamSpec *pspec)
{
  switch (nv_field_get (pspec)->kind)
    {
    case NV_FIELD_STRING:
    case NV_FIELD_REF:
      return g_strcmp0 (MEMBER (a, pspec, char *), MEMBER (b, pspec, char *)) == 0;

    case NV_FIELD_INT:
    case NV_FIELD_TIME:
    case NV_FIELD_DURATION:
    case NV_FIELD_ENUM:
      return MEMBER (a, pspec, int) == MEMBER (b, pspec, int);

    case NV_FIELD_BOOLEAN:
      return MEMBER (a, pspec, gboolean) == MEMBER (b, pspec, gboolean);

    case NV_FIELD_DATE:
      return MEMBER (a, pspec, guint) == MEMBER (b, pspec, guint);

    case NV_FIELD_STRV:
    case NV_FIELD_REF_LIST:
      return nv_strv_equal ((const char * const *) MEMBER (a, pspec, char **),
                            (const char * const *) MEMBER (b, pspec, char **));

    case NV_FIELD_RECORD:
      return nv_record_equal (MEMBER (a, pspec, NvRecord *), MEMBER (b, pspec, NvRecord *));

    case NV_FIELD_LIST:
      return lists_equal (MEMBER (a, pspec, GListModel *), MEMBER (b, pspec, GListModel *));

    default:
      g_assert_not_reached ();
    }
}

/**
 * nv_record_equal:
 *
 * Whether @a and @b hold the same data: the same type, id, fields (nested
 * records and lists compared deeply) and unknown members.
 */
gboolean
nv_record_equal (NvRecord *a,
                 NvRecord *b)
{
  GPtrArray *fields;
  JsonObject *extra_a, *extra_b;

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  if (g_strcmp0 (nv_record_get_id (a), nv_record_get_id (b)) != 0)
    return FALSE;

  fields = nv_record_get_fields (a);
  for (guint i = 0; i < fields->len; i++)
    if (!field_equal (a, b, g_ptr_array_index (fields, i)))
      return FALSE;

  extra_a = nv_record_get_extra (a);
  extra_b = nv_record_get_extra (b);
  if (extra_a == NULL || extra_b == NULL)
    return extra_a == extra_b;

  return json_object_equal (extra_a, extra_b);
}

static void copy_fields (NvRecord *from,
                         NvRecord *to);

static void
copy_field (NvRecord   *from,
            NvRecord   *to,
            GParamSpec *pspec)
{
  switch (nv_field_get (pspec)->kind)
    {
    case NV_FIELD_STRING:
    case NV_FIELD_REF:
      MEMBER (to, pspec, char *) = g_strdup (MEMBER (from, pspec, char *));
      break;

    case NV_FIELD_INT:
    case NV_FIELD_TIME:
    case NV_FIELD_DURATION:
    case NV_FIELD_ENUM:
      MEMBER (to, pspec, int) = MEMBER (from, pspec, int);
      break;

    case NV_FIELD_BOOLEAN:
      MEMBER (to, pspec, gboolean) = MEMBER (from, pspec, gboolean);
      break;

    case NV_FIELD_DATE:
      MEMBER (to, pspec, guint) = MEMBER (from, pspec, guint);
      break;

    case NV_FIELD_STRV:
    case NV_FIELD_REF_LIST:
      MEMBER (to, pspec, char **) = g_strdupv (MEMBER (from, pspec, char **));
      break;

    case NV_FIELD_RECORD:
      /* Into the part @to already has, which knows it belongs to @to */
      copy_fields (MEMBER (from, pspec, NvRecord *), MEMBER (to, pspec, NvRecord *));
      break;

    case NV_FIELD_LIST:
      {
        GListModel *items = MEMBER (from, pspec, GListModel *);
        guint n = g_list_model_get_n_items (items);

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(NvRecord) item = g_list_model_get_item (items, i);
            g_autoptr(NvRecord) copy = nv_record_copy (item);

            nv_record_list_append (MEMBER (to, pspec, NvRecordList *), copy);
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * nv_record_copy:
 *
 * A deep copy of @self, ids included: the copy is the same record, as a
 * snapshot. Callers that want a new record give it new ids.
 */
/* Copies everything of @from into @to, a new record of the same type */
static void
copy_fields (NvRecord *from,
             NvRecord *to)
{
  GPtrArray *fields = nv_record_get_fields (from);
  NvRecordPrivate *priv = nv_record_get_instance_private (to);

  priv->id = g_strdup (nv_record_get_id (from));
  nv_record_set_extra (to, nv_record_get_extra (from));

  for (guint i = 0; i < fields->len; i++)
    copy_field (from, to, g_ptr_array_index (fields, i));
}

NvRecord *
nv_record_copy (NvRecord *self)
{
  NvRecord *copy = g_object_new (G_OBJECT_TYPE (self), NULL);

  copy_fields (self, copy);
  return copy;
}

/**
 * nv_record_walk:
 *
 * Calls @func on @self and then on every record nested in it, depth
 * first in file order, until @func returns %FALSE.
 *
 * Returns: %FALSE if @func stopped the walk.
 */
gboolean
nv_record_walk (NvRecord          *self,
                NvRecordVisitFunc  func,
                gpointer           user_data)
{
  GPtrArray *fields = nv_record_get_fields (self);

  if (!func (self, user_data))
    return FALSE;

  for (guint i = 0; i < fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);

      switch (nv_field_get (pspec)->kind)
        {
        case NV_FIELD_RECORD:
          if (!nv_record_walk (MEMBER (self, pspec, NvRecord *), func, user_data))
            return FALSE;
          break;

        case NV_FIELD_LIST:
          {
            GListModel *items = MEMBER (self, pspec, GListModel *);
            guint n = g_list_model_get_n_items (items);

            for (guint j = 0; j < n; j++)
              {
                g_autoptr(NvRecord) item = g_list_model_get_item (items, j);

                if (!nv_record_walk (item, func, user_data))
                  return FALSE;
              }
          }
          break;

        default:
          break;
        }
    }

  return TRUE;
}
