/* nv-letter-template.h: letter templates with named fields
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NV_LETTER_TEMPLATE_ERROR (nv_letter_template_error_quark ())

typedef enum
{
  NV_LETTER_TEMPLATE_ERROR_ENCODING,
  NV_LETTER_TEMPLATE_ERROR_UNKNOWN_FIELD,
  NV_LETTER_TEMPLATE_ERROR_UNCLOSED,
  NV_LETTER_TEMPLATE_ERROR_STRAY_BRACE,
} NvLetterTemplateError;

typedef struct
{
  const char *name;   /* as written in a template: {recipient} */
  const char *label;  /* translatable, for the template editor */
} NvLetterField;

GQuark               nv_letter_template_error_quark (void);
const NvLetterField *nv_letter_template_fields      (guint       *n_fields);
char                *nv_letter_template_fill        (const char  *template_text,
                                                     GHashTable  *values,
                                                     GError     **error);
char                *nv_letter_template_escape      (const char  *text);

G_END_DECLS
