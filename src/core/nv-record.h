/* nv-record.h: the base of every object stored in a plan file
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * Every model object (person, network, meeting, agenda item…) is an
 * NvRecord. A subclass declares its stored properties once, with the
 * nv_field_*() constructors below, which tie each GParamSpec to a member
 * of the instance struct. From that single declaration the base class
 * implements get/set_property, and the file reader, the writer,
 * equality and the command history all work on every record alike.
 */

#define NV_TYPE_RECORD (nv_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (NvRecord, nv_record, NV, RECORD, GObject)

struct _NvRecordClass
{
  GObjectClass parent_class;

  /* Called after one of the record's fields changed (and notified) */
  void (*field_changed) (NvRecord   *self,
                         GParamSpec *pspec);

  /*< private >*/
  const char *id_prefix;
  GPtrArray  *fields;        /* GParamSpec*, in file order */
  GHashTable *fields_by_key; /* file member name → GParamSpec */
};

typedef enum
{
  NV_FIELD_STRING,
  NV_FIELD_INT,
  NV_FIELD_BOOLEAN,
  NV_FIELD_ENUM,
  NV_FIELD_DATE,      /* guint julian day, 0 when unset */
  NV_FIELD_TIME,      /* int minutes after midnight, -1 when unset */
  NV_FIELD_DURATION,  /* int minutes, -1 when unset */
  NV_FIELD_STRV,      /* char **, NULL when empty */
  NV_FIELD_REF,       /* char * id of another record */
  NV_FIELD_REF_LIST,  /* char ** ids of other records */
  NV_FIELD_RECORD,    /* NvRecord * owned, always present */
  NV_FIELD_LIST,      /* NvRecordList * of records, owned */
} NvFieldKind;

typedef struct
{
  NvFieldKind kind;
  goffset     offset;
  GType       target_type;  /* referenced type, or enum type */
  const char *key;          /* member name in the file */
  gboolean    required;
} NvField;

#define NV_FIELD_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

GParamSpec    *nv_field_string            (const char  *name,
                                           const char  *nick,
                                           goffset      offset);
GParamSpec    *nv_field_int               (const char  *name,
                                           const char  *nick,
                                           int          minimum,
                                           int          maximum,
                                           int          default_value,
                                           goffset      offset);
GParamSpec    *nv_field_boolean           (const char  *name,
                                           const char  *nick,
                                           goffset      offset);
GParamSpec    *nv_field_enum              (const char  *name,
                                           const char  *nick,
                                           GType        enum_type,
                                           goffset      offset);
GParamSpec    *nv_field_date              (const char  *name,
                                           const char  *nick,
                                           goffset      offset);
GParamSpec    *nv_field_time              (const char  *name,
                                           const char  *nick,
                                           goffset      offset);
GParamSpec    *nv_field_duration          (const char  *name,
                                           const char  *nick,
                                           goffset      offset);
GParamSpec    *nv_field_strv              (const char  *name,
                                           const char  *nick,
                                           goffset      offset);
GParamSpec    *nv_field_ref               (const char  *name,
                                           const char  *nick,
                                           GType        target_type,
                                           goffset      offset);
GParamSpec    *nv_field_ref_list          (const char  *name,
                                           const char  *nick,
                                           GType        target_type,
                                           goffset      offset);
GParamSpec    *nv_field_record            (const char  *name,
                                           const char  *nick,
                                           GType        record_type,
                                           goffset      offset);
GParamSpec    *nv_field_list              (const char  *name,
                                           const char  *nick,
                                           GType        item_type,
                                           goffset      offset);

GParamSpec    *nv_field_set_required      (GParamSpec  *pspec);
const NvField *nv_field_get               (GParamSpec  *pspec);

void           nv_record_class_install_fields (NvRecordClass *klass,
                                               const char    *id_prefix,
                                               guint          n_pspecs,
                                               GParamSpec   **pspecs);

const char    *nv_record_get_id           (NvRecord    *self);
void           nv_record_set_id           (NvRecord    *self,
                                           const char  *id);
char          *nv_record_make_id          (NvRecord    *self);
void           nv_record_ensure_id        (NvRecord    *self);
GPtrArray     *nv_record_get_fields       (NvRecord    *self);
GParamSpec    *nv_record_lookup_field     (NvRecord    *self,
                                           const char  *key);
gpointer       nv_record_field_pointer    (NvRecord    *self,
                                           GParamSpec  *pspec);
gboolean       nv_record_field_is_default (NvRecord    *self,
                                           GParamSpec  *pspec);
void           nv_record_append_field_lines (NvRecord          *self,
                                             GParamSpec * const *fields,
                                             GString           *out);
JsonObject    *nv_record_get_extra        (NvRecord    *self);
void           nv_record_set_extra        (NvRecord    *self,
                                           JsonObject  *extra);
gboolean       nv_record_equal            (NvRecord    *a,
                                           NvRecord    *b);
NvRecord      *nv_record_copy             (NvRecord    *self);

typedef struct _NvRecordList NvRecordList;
typedef struct _NvHistory NvHistory;

NvRecordList  *nv_record_get_container    (NvRecord    *self);
NvRecord      *nv_record_get_parent       (NvRecord    *self);
NvRecord      *nv_record_find_ancestor    (NvRecord    *self,
                                           GType        type);
NvHistory     *nv_record_find_history     (NvRecord    *self);

typedef gboolean (*NvRecordVisitFunc) (NvRecord *record,
                                       gpointer  user_data);
gboolean       nv_record_walk             (NvRecord          *self,
                                           NvRecordVisitFunc  func,
                                           gpointer           user_data);

/* Setters for subclasses: change the member, notify only on a real change. */
void           nv_record_set_string       (NvRecord    *self,
                                           GParamSpec  *pspec,
                                           const char  *value);
void           nv_record_set_int          (NvRecord    *self,
                                           GParamSpec  *pspec,
                                           int          value);
void           nv_record_set_uint         (NvRecord    *self,
                                           GParamSpec  *pspec,
                                           guint        value);
void           nv_record_set_boolean      (NvRecord    *self,
                                           GParamSpec  *pspec,
                                           gboolean     value);
void           nv_record_set_strv         (NvRecord    *self,
                                           GParamSpec  *pspec,
                                           const char * const *value);

G_END_DECLS
