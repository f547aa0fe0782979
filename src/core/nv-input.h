/* nv-input.h: reading what users type for times and durations
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NV_INPUT_ERROR (nv_input_error_quark ())

typedef enum
{
  NV_INPUT_ERROR_INVALID,
  NV_INPUT_ERROR_OUT_OF_RANGE,
} NvInputError;

GQuark   nv_input_error_quark  (void);

gboolean nv_parse_clock_time   (const char  *text,
                                int         *minutes,
                                GError     **error);
gboolean nv_parse_duration     (const char  *text,
                                int         *minutes,
                                GError     **error);
char    *nv_format_duration_short (int       minutes);
gboolean nv_parse_date_time    (const char  *text,
                                guint        reference,
                                guint       *date,
                                int         *start,
                                GError     **error);
gboolean nv_email_is_valid     (const char  *address);

G_END_DECLS
