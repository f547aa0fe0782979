/* nv-document.c: pages of text and tables, laid out with Pango, drawn with cairo
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <pango/pangocairo.h>
#include <cairo-pdf.h>

#include "nv-document.h"

/* A document is a list of blocks: paragraphs, table rows, spaces and
 * page breaks. Its text is only ever set as plain text, never as Pango
 * markup, so whatever a plan contains prints as it is written.
 * Paginating lays every block out for a page size and cuts the blocks
 * into pieces, one page after the other; a block taller than the room
 * left is cut between two lines of text, and a table's header row is
 * repeated at the top of every page the table continues on. */

#define MARGIN_SIDE   56.7   /* 2 cm */
#define MARGIN_TOP    56.7
#define MARGIN_BOTTOM 70.9   /* 2.5 cm: the page number sits in it */
#define FOOTER_FROM_BOTTOM 42.0
#define BASE_FONT_SIZE 10.5
#define TABLE_FONT_SIZE 9.5
#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.0

typedef enum
{
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_SPACE,
  BLOCK_BREAK,
} BlockKind;

typedef struct
{
  guint   n_columns;
  double *weights;       /* how the columns share what is left, as fractions */
  double *widths;        /* fractions of the text width, after measuring */
  guint   header_block;  /* G_MAXUINT without a header row */
} Table;

typedef struct
{
  BlockKind     kind;
  int           style;       /* NvTextStyle or NvRowStyle */
  char        **cells;
  Table        *table;       /* a row's table */
  gboolean      is_header;
  double        space;
  PangoLayout **layouts;     /* one per cell, after paginating */
  double        height;
  guint         ref_anchor;  /* G_MAXUINT, or the anchor whose page… */
  guint         ref_column;  /* …this cell shows */
} Block;

typedef struct
{
  guint  block;
  double y;     /* on the page */
  double from;  /* the part of the block it shows */
  double to;
} Piece;

struct _NvDocument
{
  GObject       parent_instance;

  char         *title;
  double        scale;
  gboolean      fit_one_page;
  gboolean      squeezed;    /* a table's words are wider than the page */
  GPtrArray    *blocks;
  GPtrArray    *tables;
  GArray       *anchors;     /* guint: the first block after each anchor */
  Table        *open_table;

  PangoContext *context;
  GPtrArray    *pages;       /* of GArray of Piece */
  GArray       *sections;    /* the first page of each, numbered on its own */
  double        page_width;
  double        page_height;
};

G_DEFINE_FINAL_TYPE (NvDocument, nv_document, G_TYPE_OBJECT)

static void
table_free (Table *table)
{
  g_free (table->weights);
  g_free (table->widths);
  g_free (table);
}

static void
block_clear_layouts (Block *block)
{
  if (block->layouts == NULL)
    return;

  for (guint i = 0; block->cells[i] != NULL; i++)
    g_clear_object (&block->layouts[i]);
  g_clear_pointer (&block->layouts, g_free);
}

static void
block_free (Block *block)
{
  block_clear_layouts (block);
  g_strfreev (block->cells);
  g_free (block);
}

static void
nv_document_finalize (GObject *object)
{
  NvDocument *self = NV_DOCUMENT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->anchors, g_array_unref);
  g_clear_object (&self->context);
  g_free (self->title);

  G_OBJECT_CLASS (nv_document_parent_class)->finalize (object);
}

static void
nv_document_class_init (NvDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nv_document_finalize;
}

static void
nv_document_init (NvDocument *self)
{
  self->scale = 1.0;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  self->anchors = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * nv_document_new:
 * @title: what the document is, for the foot of each page and the PDF's title
 */
NvDocument *
nv_document_new (const char *title)
{
  NvDocument *self = g_object_new (NV_TYPE_DOCUMENT, NULL);

  self->title = g_strdup (title);
  return self;
}

const char *
nv_document_get_title (NvDocument *self)
{
  g_return_val_if_fail (NV_IS_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * nv_document_set_fit_one_page:
 * @fit: %TRUE for the largest type (up to three times normal) that fits
 *   @self on one page: a poster for the wall
 */
void
nv_document_set_fit_one_page (NvDocument *self,
                              gboolean    fit)
{
  g_return_if_fail (NV_IS_DOCUMENT (self));

  self->fit_one_page = !!fit;
}

static Block *
add_block (NvDocument *self,
           BlockKind   kind,
           int         style)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->style = style;
  block->ref_anchor = G_MAXUINT;
  g_ptr_array_add (self->blocks, block);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  return block;
}

/* Text that is not valid UTF-8 would stop Pango; it has been checked when
 * the plan was read, but a document must never fail to print */
static char *
printable_text (const char *text)
{
  return g_utf8_make_valid (text != NULL ? text : "", -1);
}

void
nv_document_add_text (NvDocument  *self,
                      NvTextStyle  style,
                      const char  *text)
{
  Block *block;

  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table == NULL);

  block = add_block (self, BLOCK_TEXT, style);
  block->cells = g_new0 (char *, 2);
  block->cells[0] = printable_text (text);
}

void
nv_document_add_space (NvDocument *self,
                       double      points)
{
  g_return_if_fail (NV_IS_DOCUMENT (self));

  add_block (self, BLOCK_SPACE, 0)->space = points;
}

void
nv_document_add_page_break (NvDocument *self)
{
  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table == NULL);

  add_block (self, BLOCK_BREAK, FALSE);
}

/**
 * nv_document_begin_section:
 *
 * Starts a new page whose numbers start again from one, as each letter
 * of a batch of letters has its own "Page 1 of 2".
 */
void
nv_document_begin_section (NvDocument *self)
{
  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table == NULL);

  add_block (self, BLOCK_BREAK, TRUE);
}

static Block *
add_row_block (NvDocument         *self,
               int                 style,
               const char * const *cells)
{
  Table *table = self->open_table;
  Block *block = add_block (self, BLOCK_ROW, style);

  block->table = table;
  block->cells = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    block->cells[i] = printable_text (cells != NULL ? cells[i] : NULL);
  return block;
}

/**
 * nv_document_begin_table:
 * @widths: (array length=n_columns): how the columns share the width:
 *   each gets what its text needs where it can, and what is left over is
 *   shared in these proportions; a column of 0 is not wrapped
 * @header: (array length=n_columns) (nullable): the header row, repeated
 *   on each page
 */
void
nv_document_begin_table (NvDocument         *self,
                         guint               n_columns,
                         const double       *widths,
                         const char * const *header)
{
  Table *table;
  double sum = 0;

  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table == NULL);
  g_return_if_fail (n_columns > 0);

  table = g_new0 (Table, 1);
  table->n_columns = n_columns;
  table->weights = g_new (double, n_columns);
  table->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    sum += widths[i];
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = table->weights[i] = widths[i] / sum;
  table->header_block = G_MAXUINT;
  g_ptr_array_add (self->tables, table);
  self->open_table = table;

  if (header != NULL)
    {
      add_row_block (self, NV_ROW_STRONG, header)->is_header = TRUE;
      table->header_block = self->blocks->len - 1;
    }
}

/**
 * nv_document_add_row:
 * @cells: (array): one text per column of the open table; %NULL for an
 *   empty cell is not allowed, use ""
 */
void
nv_document_add_row (NvDocument         *self,
                     NvRowStyle          style,
                     const char * const *cells)
{
  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table != NULL);

  add_row_block (self, style, cells);
}

/**
 * nv_document_add_anchor:
 *
 * Marks the place of what is added next, so that a table of contents
 * can say on which page it is printed.
 *
 * Returns: the anchor, for nv_document_add_page_ref_row() and
 *   nv_document_get_anchor_page()
 */
guint
nv_document_add_anchor (NvDocument *self)
{
  g_return_val_if_fail (NV_IS_DOCUMENT (self), 0);

  g_array_append_val (self->anchors, self->blocks->len);
  return self->anchors->len - 1;
}

/**
 * nv_document_add_page_ref_row:
 * @cells: (array): as for nv_document_add_row()
 * @column: the cell that shows the page number
 * @anchor: an anchor of @self, added before or after this row
 *
 * Adds a row to the open table whose cell @column shows the number of
 * the page @anchor is on, as numbered at the foot of that page. Pages
 * are laid out again until every such number is right.
 */
void
nv_document_add_page_ref_row (NvDocument         *self,
                              NvRowStyle          style,
                              const char * const *cells,
                              guint               column,
                              guint               anchor)
{
  Block *block;

  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table != NULL);
  g_return_if_fail (column < self->open_table->n_columns);

  block = add_row_block (self, style, cells);
  block->ref_anchor = anchor;
  block->ref_column = column;
}

void
nv_document_end_table (NvDocument *self)
{
  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table != NULL);

  self->open_table = NULL;
}

/**
 * nv_document_append:
 * @other: a document; it is left empty
 *
 * Moves everything in @other to the end of @self.
 */
void
nv_document_append (NvDocument *self,
                    NvDocument *other)
{
  guint offset;

  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (NV_IS_DOCUMENT (other));
  g_return_if_fail (self->open_table == NULL && other->open_table == NULL);

  offset = self->blocks->len;
  for (guint i = 0; i < other->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (other->blocks, i);

      if (block->ref_anchor != G_MAXUINT)
        block->ref_anchor += self->anchors->len;
    }
  for (guint i = 0; i < other->anchors->len; i++)
    {
      guint block = g_array_index (other->anchors, guint, i) + offset;

      g_array_append_val (self->anchors, block);
    }
  g_array_set_size (other->anchors, 0);
  for (guint i = 0; i < other->tables->len; i++)
    {
      Table *table = g_ptr_array_index (other->tables, i);

      if (table->header_block != G_MAXUINT)
        table->header_block += offset;
    }

  g_ptr_array_extend_and_steal (self->blocks, g_steal_pointer (&other->blocks));
  g_ptr_array_extend_and_steal (self->tables, g_steal_pointer (&other->tables));
  other->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  other->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&other->pages, g_ptr_array_unref);
}

/**
 * nv_document_is_empty:
 *
 * Returns: %TRUE if nothing has been added to @self
 */
gboolean
nv_document_is_empty (NvDocument *self)
{
  g_return_val_if_fail (NV_IS_DOCUMENT (self), TRUE);

  return self->blocks->len == 0;
}

/* Layout */

static double
font_size (NvDocument *self,
           NvTextStyle style)
{
  static const double sizes[] = {
    [NV_TEXT_BODY] = BASE_FONT_SIZE,
    [NV_TEXT_STRONG] = BASE_FONT_SIZE,
    [NV_TEXT_SMALL] = 9.0,
    [NV_TEXT_HEADING] = 13.0,
    [NV_TEXT_TITLE] = 19.0,
  };

  return sizes[style] * self->scale;
}

static PangoLayout *
new_layout (NvDocument *self,
            const char *text,
            double      size,
            gboolean    bold,
            gboolean    italic,
            double      width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_width (NvDocument *self)
{
  return self->page_width - 2 * MARGIN_SIDE;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
cell_x (Block *block,
        guint  column,
        double width)
{
  double x = 0;

  for (guint i = 0; i < column; i++)
    x += block->table->widths[i] * width;
  return x;
}

static void
layout_block (NvDocument *self,
              Block      *block)
{
  double width = text_width (self);

  block_clear_layouts (block);
  block->height = 0;

  if (block->kind == BLOCK_TEXT)
    {
      block->layouts = g_new0 (PangoLayout *, 1);
      block->layouts[0] = new_layout (self, block->cells[0], font_size (self, block->style),
                                      block->style == NV_TEXT_STRONG || block->style == NV_TEXT_HEADING ||
                                      block->style == NV_TEXT_TITLE,
                                      FALSE, width);
      block->height = layout_height (block->layouts[0]);
    }
  else if (block->kind == BLOCK_ROW)
    {
      double pad_x = CELL_PAD_X * self->scale;
      double pad_y = CELL_PAD_Y * self->scale;

      block->layouts = g_new0 (PangoLayout *, block->table->n_columns);
      for (guint i = 0; i < block->table->n_columns; i++)
        {
          double column_width = block->table->widths[i] * width - 2 * pad_x;

          block->layouts[i] = new_layout (self, block->cells[i], TABLE_FONT_SIZE * self->scale,
                                          block->style == NV_ROW_STRONG, block->style == NV_ROW_SHADED,
                                          column_width);
          block->height = MAX (block->height, layout_height (block->layouts[i]));
        }
      block->height += 2 * pad_y;
    }
  else if (block->kind == BLOCK_SPACE)
    block->height = block->space * self->scale;
}

/* The width each column's text takes on one line, and the width of its
 * longest word, padding included */
static void
measure_columns (NvDocument *self,
                 Table      *table,
                 double     *natural,
                 double     *minimum)
{
  double pad = 2 * CELL_PAD_X * self->scale + 1;

  for (guint i = 0; i < table->n_columns; i++)
    natural[i] = minimum[i] = pad;

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      if (block->table != table)
        continue;

      for (guint i = 0; i < table->n_columns; i++)
        {
          g_autoptr(PangoLayout) layout = new_layout (self, block->cells[i], TABLE_FONT_SIZE * self->scale,
                                                      block->style == NV_ROW_STRONG,
                                                      block->style == NV_ROW_SHADED, 1);
          int width;

          /* One word a line: the widest line is the longest word */
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
          pango_layout_get_size (layout, &width, NULL);
          minimum[i] = MAX (minimum[i], (double) width / PANGO_SCALE + pad);

          pango_layout_set_width (layout, -1);
          pango_layout_get_size (layout, &width, NULL);
          natural[i] = MAX (natural[i], (double) width / PANGO_SCALE + pad);
          /* A header is read at a glance, and a column of weight 0 (a
           * clock time, a phone number) is never wrapped if it can be helped */
          if (block->is_header || table->weights[i] == 0)
            minimum[i] = MAX (minimum[i], (double) width / PANGO_SCALE + pad);
        }
    }
}

/* As a web browser sizes a table's columns: each gets what its text
 * needs on one line if all fit, the room left over shared by the
 * weights; otherwise columns wrap, those with the most to wrap the most,
 * and only a word wider than its column's fair share is broken. */
static void
share_columns (NvDocument *self,
               Table      *table)
{
  g_autofree double *natural = g_new (double, table->n_columns);
  g_autofree double *minimum = g_new (double, table->n_columns);
  double width = text_width (self);
  double sum_natural = 0, sum_minimum = 0;

  measure_columns (self, table, natural, minimum);
  for (guint i = 0; i < table->n_columns; i++)
    {
      /* A word wider than a fair share of the page is broken instead */
      if (minimum[i] > width / table->n_columns)
        {
          minimum[i] = width / table->n_columns;
          self->squeezed = TRUE;
        }
      sum_natural += natural[i];
      sum_minimum += minimum[i];
    }

  for (guint i = 0; i < table->n_columns; i++)
    {
      double column;

      if (sum_natural <= width)
        column = natural[i] + (width - sum_natural) * table->weights[i];
      else
        column = minimum[i] + (natural[i] - minimum[i]) * (width - sum_minimum) / (sum_natural - sum_minimum);

      table->widths[i] = column / width;
    }
}

/* The room above a block when something comes before it on the page */
static double
space_before (NvDocument *self,
              Block      *block)
{
  if (block->kind == BLOCK_ROW)
    return block->is_header ? 8.0 * self->scale : 0;
  if (block->kind != BLOCK_TEXT)
    return 0;

  switch ((NvTextStyle) block->style)
    {
    case NV_TEXT_TITLE:
      return 0;
    case NV_TEXT_HEADING:
      return 14.0 * self->scale;
    case NV_TEXT_BODY:
    case NV_TEXT_STRONG:
    case NV_TEXT_SMALL:
    default:
      return 4.0 * self->scale;
    }
}

static gboolean
keeps_with_next (Block *block)
{
  return block->is_header ||
         (block->kind == BLOCK_TEXT &&
          (block->style == NV_TEXT_HEADING || block->style == NV_TEXT_TITLE));
}

/* Headings and header rows are not left alone at the foot of a page:
 * they need room for what follows them too (a heading over a table, the
 * table's header and its first row), up to a third of the page */
static double
room_needed (NvDocument *self,
             guint       index)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  double room = block->height;
  double limit = (self->page_height - MARGIN_TOP - MARGIN_BOTTOM) / 3;
  double follows = 0;

  if (!keeps_with_next (block))
    return room;

  for (guint i = index + 1; i < self->blocks->len; i++)
    {
      Block *next = g_ptr_array_index (self->blocks, i);

      if (next->kind == BLOCK_BREAK)
        break;
      follows += next->kind == BLOCK_SPACE ? next->height : space_before (self, next) + next->height;
      if (next->kind != BLOCK_SPACE && !keeps_with_next (next))
        break;
    }

  /* Without anything after it, a heading keeps a few lines' room */
  if (follows == 0)
    follows = 3 * BASE_FONT_SIZE * self->scale;
  return room + MIN (follows, limit);
}

/* The lowest point in (@from, @limit] of the block where no line of text
 * is cut in two, or @from if there is none */
static double
find_cut (NvDocument *self,
          Block      *block,
          double      from,
          double      limit)
{
  double top = block->kind == BLOCK_ROW ? CELL_PAD_Y * self->scale : 0;
  guint n = block->kind == BLOCK_ROW ? block->table->n_columns : 1;
  double best = from;

  for (guint i = 0; i < n; i++)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (block->layouts[i]);

      do
        {
          int y0, y1;
          double candidate;
          gboolean crosses = FALSE;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          candidate = top + (double) y1 / PANGO_SCALE;
          if (candidate <= best || candidate > limit)
            continue;

          for (guint j = 0; j < n && !crosses; j++)
            {
              PangoLayoutIter *other = pango_layout_get_iter (block->layouts[j]);

              do
                {
                  int o0, o1;

                  pango_layout_iter_get_line_yrange (other, &o0, &o1);
                  crosses = top + (double) o0 / PANGO_SCALE < candidate - 0.01 &&
                            top + (double) o1 / PANGO_SCALE > candidate + 0.01;
                }
              while (!crosses && pango_layout_iter_next_line (other));
              pango_layout_iter_free (other);
            }

          if (!crosses)
            best = candidate;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  return best;
}

typedef struct
{
  NvDocument *self;
  GArray     *page;
  double      y;
  double      top;
  double      bottom;
} Cursor;

static void
place (Cursor *cursor,
       guint   block,
       double  from,
       double  to)
{
  Piece piece = { .block = block, .y = cursor->y, .from = from, .to = to };

  g_array_append_val (cursor->page, piece);
  cursor->y += to - from;
}

static void
new_page (Cursor *cursor)
{
  cursor->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (cursor->self->pages, cursor->page);
  cursor->y = cursor->top;
}

/* A row that continues a table on a new page has the header above it */
static void
new_page_for (Cursor *cursor,
              Block  *block)
{
  new_page (cursor);

  if (block->kind == BLOCK_ROW && !block->is_header && block->table->header_block != G_MAXUINT)
    {
      Block *header = g_ptr_array_index (cursor->self->blocks, block->table->header_block);

      place (cursor, block->table->header_block, 0, header->height);
    }
}

static void
place_block (Cursor *cursor,
             guint   index)
{
  NvDocument *self = cursor->self;
  Block *block = g_ptr_array_index (self->blocks, index);
  gboolean page_is_empty = cursor->page->len == 0;
  double from = 0;

  if (block->kind == BLOCK_BREAK)
    {
      guint page;

      if (!page_is_empty)
        new_page (cursor);
      page = self->pages->len - 1;
      if (block->style)
        g_array_append_val (self->sections, page);
      return;
    }

  if (block->kind == BLOCK_SPACE)
    {
      if (!page_is_empty)
        cursor->y = MIN (cursor->y + block->height, cursor->bottom);
      return;
    }

  if (!page_is_empty)
    {
      if (cursor->y + space_before (self, block) + room_needed (self, index) > cursor->bottom)
        new_page_for (cursor, block);
      else
        cursor->y += space_before (self, block);
    }

  while (block->height - from > cursor->bottom - cursor->y)
    {
      double cut = find_cut (self, block, from, from + cursor->bottom - cursor->y);

      /* Not a single line fits: on a page of its own, it is cut where it must be */
      if (cut <= from)
        cut = from + MAX (cursor->bottom - cursor->y, 1.0);

      place (cursor, index, from, cut);
      from = cut;
      new_page_for (cursor, block);
    }

  place (cursor, index, from, block->height);
}

static guint
paginate_at_scale (NvDocument *self,
                   cairo_t    *cr,
                   double      page_width,
                   double      page_height,
                   double      scale)
{
  cairo_font_options_t *options;
  Cursor cursor = { .self = self };

  self->scale = scale;
  g_clear_object (&self->context);
  self->context = pango_cairo_create_context (cr);
  /* Font sizes in points on a surface measured in points; metrics not
   * hinted, so printing and the PDF export break lines alike */
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  self->page_width = page_width;
  self->page_height = page_height;
  self->squeezed = FALSE;
  for (guint i = 0; i < self->tables->len; i++)
    share_columns (self, g_ptr_array_index (self->tables, i));
  for (guint i = 0; i < self->blocks->len; i++)
    layout_block (self, g_ptr_array_index (self->blocks, i));

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_clear_pointer (&self->sections, g_array_unref);
  self->sections = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_append_val (self->sections, (guint) { 0 });
  cursor.top = MARGIN_TOP;
  cursor.bottom = page_height - MARGIN_BOTTOM;
  new_page (&cursor);

  for (guint i = 0; i < self->blocks->len; i++)
    place_block (&cursor, i);

  /* A break at the very end leaves an empty page behind */
  if (self->pages->len > 1 && cursor.page->len == 0)
    g_ptr_array_set_size (self->pages, self->pages->len - 1);

  return self->pages->len;
}

static guint
anchor_page (NvDocument *self,
             guint       anchor)
{
  guint first_block = g_array_index (self->anchors, guint, anchor);

  for (guint p = 0; p < self->pages->len; p++)
    {
      GArray *pieces = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < pieces->len; i++)
        if (g_array_index (pieces, Piece, i).block >= first_block)
          return p;
    }

  return self->pages->len > 0 ? self->pages->len - 1 : 0;
}

/* The first page of the section @page is in */
static guint
section_start (NvDocument *self,
               guint       page)
{
  guint first = 0;

  for (guint i = 0; i < self->sections->len; i++)
    if (g_array_index (self->sections, guint, i) <= page)
      first = g_array_index (self->sections, guint, i);
  return first;
}

/* Puts the page numbers into the rows that show them; %TRUE if any changed */
static gboolean
fill_page_refs (NvDocument *self)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *number = NULL;
      guint page;

      if (block->ref_anchor == G_MAXUINT || block->ref_anchor >= self->anchors->len)
        continue;

      page = anchor_page (self, block->ref_anchor);
      number = g_strdup_printf ("%u", page - section_start (self, page) + 1);
      if (g_strcmp0 (block->cells[block->ref_column], number) != 0)
        {
          g_free (block->cells[block->ref_column]);
          block->cells[block->ref_column] = g_steal_pointer (&number);
          changed = TRUE;
        }
    }

  return changed;
}

/* Laying out again with the right page numbers in a table of contents
 * can move what comes after it; a few rounds settle it */
static guint
paginate_with_refs (NvDocument *self,
                    cairo_t    *cr,
                    double      page_width,
                    double      page_height,
                    double      scale)
{
  guint n_pages = paginate_at_scale (self, cr, page_width, page_height, scale);

  for (guint round = 0; round < 4 && fill_page_refs (self); round++)
    n_pages = paginate_at_scale (self, cr, page_width, page_height, scale);

  return n_pages;
}

/**
 * nv_document_get_anchor_page:
 *
 * Returns: the number @anchor's page has at its foot (from 1, in its
 * section), or 0 before @self is paginated
 */
guint
nv_document_get_anchor_page (NvDocument *self,
                             guint       anchor)
{
  guint page;

  g_return_val_if_fail (NV_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (anchor < self->anchors->len, 0);

  if (self->pages == NULL)
    return 0;

  page = anchor_page (self, anchor);
  return page - section_start (self, page) + 1;
}

/**
 * nv_document_paginate:
 * @cr: the context the pages will be drawn on, for measuring text
 * @page_width: in points
 * @page_height: in points
 *
 * Lays @self out on pages of that size.
 *
 * Returns: the number of pages; a document set to fit on one page has
 * more only if it does not fit even in normal type
 */
guint
nv_document_paginate (NvDocument *self,
                      cairo_t    *cr,
                      double      page_width,
                      double      page_height)
{
  static const double poster_scales[] = { 3.0, 2.6, 2.3, 2.0, 1.75, 1.5, 1.3, 1.15, 1.0 };
  guint n_pages = 0;

  g_return_val_if_fail (NV_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (page_width > 2 * MARGIN_SIDE && page_height > MARGIN_TOP + MARGIN_BOTTOM, 0);

  if (!self->fit_one_page)
    return paginate_with_refs (self, cr, page_width, page_height, 1.0);

  for (guint i = 0; i < G_N_ELEMENTS (poster_scales); i++)
    {
      n_pages = paginate_with_refs (self, cr, page_width, page_height, poster_scales[i]);
      if (n_pages == 1 && !self->squeezed)
        break;
    }

  return n_pages;
}

/**
 * nv_document_get_n_pages:
 *
 * Returns: the number of pages of the last pagination, 0 before one
 */
guint
nv_document_get_n_pages (NvDocument *self)
{
  g_return_val_if_fail (NV_IS_DOCUMENT (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
}

/* Drawing */

static void
draw_row (NvDocument *self,
          cairo_t    *cr,
          Block      *block)
{
  double width = text_width (self);
  double pad_x = CELL_PAD_X * self->scale;
  double pad_y = CELL_PAD_Y * self->scale;

  if (block->style == NV_ROW_SHADED)
    {
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
      cairo_rectangle (cr, 0, 0, width, block->height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < block->table->n_columns; i++)
    {
      cairo_move_to (cr, cell_x (block, i, width) + pad_x, pad_y);
      pango_cairo_show_layout (cr, block->layouts[i]);
    }

  /* A rule under each row, a heavier one under the header */
  cairo_set_line_width (cr, block->is_header ? 1.0 : 0.4);
  if (!block->is_header)
    cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_move_to (cr, 0, block->height - 0.5);
  cairo_line_to (cr, width, block->height - 0.5);
  cairo_stroke (cr);
}

static void
draw_piece (NvDocument  *self,
            cairo_t     *cr,
            const Piece *piece)
{
  Block *block = g_ptr_array_index (self->blocks, piece->block);

  cairo_save (cr);
  cairo_rectangle (cr, MARGIN_SIDE, piece->y, text_width (self), piece->to - piece->from);
  cairo_clip (cr);
  cairo_translate (cr, MARGIN_SIDE, piece->y - piece->from);

  if (block->kind == BLOCK_ROW)
    draw_row (self, cr, block);
  else
    {
      if (block->style == NV_TEXT_SMALL)
        cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, block->layouts[0]);
    }

  cairo_restore (cr);
}

static void
draw_footer (NvDocument *self,
             cairo_t    *cr,
             guint       page)
{
  guint first = 0, end = self->pages->len;
  g_autofree char *number = NULL;
  double width = text_width (self);
  g_autoptr(PangoLayout) left = new_layout (self, self->title ? self->title : "", 8.5, FALSE, FALSE,
                                            width * 0.7);
  g_autoptr(PangoLayout) right = new_layout (self, "", 8.5, FALSE, FALSE, width * 0.3);
  double y = self->page_height - FOOTER_FROM_BOTTOM;

  for (guint i = 0; i < self->sections->len; i++)
    {
      guint start = g_array_index (self->sections, guint, i);

      if (start <= page)
        first = start;
      else
        {
          end = start;
          break;
        }
    }
  /* Translators: the foot of each printed page */
  number = g_strdup_printf (_("Page %u of %u"), page - first + 1, end - first);
  pango_layout_set_text (right, number, -1);

  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, MARGIN_SIDE, y);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, MARGIN_SIDE + width * 0.7, y);
  pango_cairo_show_layout (cr, right);
}

/**
 * nv_document_draw_page:
 * @cr: a context in points, its origin at the page's top left corner
 * @page: from 0
 *
 * Draws one page of the last pagination.
 */
void
nv_document_draw_page (NvDocument *self,
                       cairo_t    *cr,
                       guint       page)
{
  GArray *pieces;

  g_return_if_fail (NV_IS_DOCUMENT (self));
  g_return_if_fail (self->pages != NULL && page < self->pages->len);

  pieces = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < pieces->len; i++)
    draw_piece (self, cr, &g_array_index (pieces, Piece, i));

  draw_footer (self, cr, page);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * nv_document_to_pdf:
 * @page_width: in points
 * @page_height: in points
 *
 * Returns: (transfer full): @self as a PDF file
 */
GBytes *
nv_document_to_pdf (NvDocument *self,
                    double      page_width,
                    double      page_height)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (NV_IS_DOCUMENT (self), NULL);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, data, page_width, page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title ? self->title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Netværk");
  cr = cairo_create (surface);

  n_pages = nv_document_paginate (self, cr, page_width, page_height);

  for (guint i = 0; i < n_pages; i++)
    {
      nv_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (data);
}

/**
 * nv_paper_size_default:
 * @width: (out): in points
 * @height: (out): in points
 *
 * The paper the locale prints on: Letter where it says so (as in the
 * United States and Canada), A4 everywhere else.
 */
void
nv_paper_size_default (double *width,
                       double *height)
{
#ifdef __GLIBC__
  int paper_width = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);

  if (paper_width == 216)
    {
      *width = NV_PAPER_LETTER_WIDTH;
      *height = NV_PAPER_LETTER_HEIGHT;
      return;
    }
#endif

  *width = NV_PAPER_A4_WIDTH;
  *height = NV_PAPER_A4_HEIGHT;
}
