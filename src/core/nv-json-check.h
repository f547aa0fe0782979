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

G_END_DECLS
