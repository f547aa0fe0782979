/* nv-document.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define NV_TYPE_DOCUMENT (nv_document_get_type ())

G_DECLARE_FINAL_TYPE (NvDocument, nv_document, NV, DOCUMENT, GObject)

/* Sizes in points (1/72 inch) */
#define NV_PAPER_A4_WIDTH      595.276
#define NV_PAPER_A4_HEIGHT     841.890
#define NV_PAPER_LETTER_WIDTH  612.0
#define NV_PAPER_LETTER_HEIGHT 792.0

typedef enum
{
  NV_TEXT_BODY,
  NV_TEXT_STRONG,
  NV_TEXT_SMALL,
  NV_TEXT_HEADING,
  NV_TEXT_TITLE,
} NvTextStyle;

typedef enum
{
  NV_ROW_NORMAL,
  NV_ROW_SHADED,   /* set apart, such as a pause */
  NV_ROW_STRONG,   /* a total */
} NvRowStyle;

NvDocument *nv_document_new              (const char          *title);
const char *nv_document_get_title        (NvDocument          *self);
void        nv_document_set_fit_one_page (NvDocument          *self,
                                          gboolean             fit);
void        nv_document_add_text         (NvDocument          *self,
                                          NvTextStyle          style,
                                          const char          *text);
void        nv_document_add_space        (NvDocument          *self,
                                          double               points);
void        nv_document_add_page_break   (NvDocument          *self);
void        nv_document_begin_section    (NvDocument          *self);
void        nv_document_begin_table      (NvDocument          *self,
                                          guint                n_columns,
                                          const double        *widths,
                                          const char * const  *header);
void        nv_document_add_row          (NvDocument          *self,
                                          NvRowStyle           style,
                                          const char * const  *cells);
guint       nv_document_add_anchor       (NvDocument          *self);
void        nv_document_add_page_ref_row (NvDocument          *self,
                                          NvRowStyle           style,
                                          const char * const  *cells,
                                          guint                column,
                                          guint                anchor);
void        nv_document_end_table        (NvDocument          *self);
void        nv_document_append           (NvDocument          *self,
                                          NvDocument          *other);
gboolean    nv_document_is_empty         (NvDocument          *self);

guint       nv_document_paginate         (NvDocument          *self,
                                          cairo_t             *cr,
                                          double               page_width,
                                          double               page_height);
guint       nv_document_get_n_pages      (NvDocument          *self);
guint       nv_document_get_anchor_page  (NvDocument          *self,
                                          guint                anchor);
void        nv_document_draw_page        (NvDocument          *self,
                                          cairo_t             *cr,
                                          guint                page);
GBytes     *nv_document_to_pdf           (NvDocument          *self,
                                          double               page_width,
                                          double               page_height);

void        nv_paper_size_default        (double              *width,
                                          double              *height);

G_END_DECLS
