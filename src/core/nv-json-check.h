/* nv-json-check.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *nv_json_parse    (const char  *data,
                           gsize        length,
                           guint        max_depth,
                           GError     **error);
void      nv_json_position (const char  *data,
                           const char  *at,
                           guint       *line,
                           guint       *column);

typedef enum
{
  NV_JSON_NULL,
  NV_JSON_BOOLEAN,
  NV_JSON_INTEGER,
  NV_JSON_DOUBLE,
  NV_JSON_STRING,
  NV_JSON_OBJECT,
  NV_JSON_ARRAY,
} NvJsonKind;

/* A value as nv_json_scanner_next_value() reads it: scalars whole */
typedef struct
{
  NvJsonKind  kind;
  const char *string;
  gint64      integer;
  double      number;
  gboolean    boolean;
} NvJsonValue;

typedef enum
{
  NV_JSON_ITEM,
  NV_JSON_END,
  NV_JSON_FAILED,
} NvJsonStep;

typedef struct _NvJsonScanner NvJsonScanner;

NvJsonScanner *nv_json_scanner_new          (const char         *data,
                                             gsize               length,
                                             guint               max_depth);
void           nv_json_scanner_free         (NvJsonScanner      *self);
gboolean       nv_json_scanner_next_value   (NvJsonScanner      *self,
                                             NvJsonValue        *value,
                                             GError            **error);
NvJsonStep     nv_json_scanner_next_member  (NvJsonScanner      *self,
                                             const char        **key,
                                             GError            **error);
NvJsonStep     nv_json_scanner_next_element (NvJsonScanner      *self,
                                             GError            **error);
JsonNode      *nv_json_scanner_read_node    (NvJsonScanner      *self,
                                             const NvJsonValue  *value,
                                             GError            **error);
gboolean       nv_json_scanner_finish       (NvJsonScanner      *self,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NvJsonScanner, nv_json_scanner_free)

G_END_DECLS
