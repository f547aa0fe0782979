/* nv-letter-dialog.c: a network's invitation letter, edited beside a preview
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nv-documents.h"
#include "nv-letter.h"
#include "nv-letter-dialog.h"
#include "nv-letter-template.h"
#include "nv-record-list.h"

#define PREVIEW_GAP 24.0

struct _NvLetterDialog
{
  AdwWindow       parent_instance;

  GtkButton      *save_button;
  GtkMenuButton  *field_button;
  GtkTextView    *text_view;
  GtkLabel       *error_label;
  GtkDrawingArea *preview;

  NvPlan         *plan;
  NvNetwork      *network;
  NvMeeting      *meeting;     /* the letters' meeting, for the preview */
  NvMeeting      *blank;       /* without one: a meeting with nothing filled in */
  NvDocument     *document;    /* the preview, laid out on the next draw */
  gboolean        laid_out;
};

G_DEFINE_FINAL_TYPE (NvLetterDialog, nv_letter_dialog, ADW_TYPE_WINDOW)

static char *
get_text (NvLetterDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The letter to the first person invited, as it will print */
static void
update_preview (NvLetterDialog *self)
{
  g_autofree char *text = get_text (self);
  g_autoptr(GError) error = NULL;
  NvMeeting *meeting = self->meeting != NULL ? self->meeting : self->blank;
  NvDocument *document = nv_document_new_letters (self->plan, meeting, text, TRUE, FALSE, &error);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), document == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.save", document != NULL);
  if (document == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      return;
    }

  g_set_object (&self->document, document);
  g_object_unref (document);
  self->laid_out = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  NvLetterDialog *self = NV_LETTER_DIALOG (user_data);
  double page_width, page_height, scale;
  guint n_pages;
  int wanted;

  if (self->document == NULL)
    return;

  nv_paper_size_default (&page_width, &page_height);
  if (!self->laid_out)
    {
      nv_document_paginate (self->document, cr, page_width, page_height);
      self->laid_out = TRUE;
    }

  n_pages = nv_document_get_n_pages (self->document);
  scale = MAX (width - 2 * PREVIEW_GAP, 100) / page_width;
  wanted = (int) (n_pages * (page_height * scale + PREVIEW_GAP) + PREVIEW_GAP);
  if (wanted != gtk_drawing_area_get_content_height (area))
    gtk_drawing_area_set_content_height (area, wanted);

  for (guint i = 0; i < n_pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, PREVIEW_GAP, PREVIEW_GAP + i * (page_height * scale + PREVIEW_GAP));
      cairo_scale (cr, scale, scale);
      cairo_rectangle (cr, 0, 0, page_width, page_height);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
      cairo_set_line_width (cr, 1 / scale);
      cairo_stroke (cr);
      nv_document_draw_page (self->document, cr, i);
      cairo_restore (cr);
    }
}

static void
set_text (NvLetterDialog *self,
          const char     *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NvLetterDialog *self = NV_LETTER_DIALOG (widget);
  g_autofree char *text = get_text (self);

  /* The default letter is kept as "none of its own", so it follows the
   * user's language and later improvements */
  nv_network_set_letter_template (self->network,
                                  g_str_equal (text, nv_letter_default_template ()) ? NULL : text);
  gtk_window_close (GTK_WINDOW (self));
}

static void
use_default_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  set_text (NV_LETTER_DIALOG (widget), nv_letter_default_template ());
}

static void
insert_field_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvLetterDialog *self = NV_LETTER_DIALOG (widget);
  g_autofree char *field = g_strdup_printf ("{%s}", g_variant_get_string (parameter, NULL));

  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (self->text_view), field, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static GMenuModel *
fields_menu (void)
{
  GMenu *menu = g_menu_new ();
  guint n_fields;
  const NvLetterField *fields = nv_letter_template_fields (&n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(fields[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, "letter.insert-field", g_variant_new_string (fields[i].name));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static void
nv_letter_dialog_dispose (GObject *object)
{
  NvLetterDialog *self = NV_LETTER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_LETTER_DIALOG);
  g_clear_object (&self->document);
  g_clear_object (&self->blank);
  g_clear_object (&self->meeting);
  g_clear_object (&self->network);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_letter_dialog_parent_class)->dispose (object);
}

static void
nv_letter_dialog_class_init (NvLetterDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_letter_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-letter-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NvLetterDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, NvLetterDialog, field_button);
  gtk_widget_class_bind_template_child (widget_class, NvLetterDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, NvLetterDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, NvLetterDialog, preview);

  gtk_widget_class_install_action (widget_class, "letter.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "letter.use-default", NULL, use_default_activated);
  gtk_widget_class_install_action (widget_class, "letter.insert-field", "s", insert_field_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "letter.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nv_letter_dialog_init (NvLetterDialog *self)
{
  g_autoptr(GMenuModel) menu = fields_menu ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_menu_model (self->field_button, menu);
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
}

/**
 * nv_letter_dialog_new:
 * @meeting: (nullable): the meeting whose letter to preview; %NULL for
 *   the network's first
 *
 * Returns: (transfer floating): a dialog that edits @network's letter
 */
NvLetterDialog *
nv_letter_dialog_new (NvPlan    *plan,
                      NvNetwork *network,
                      NvMeeting *meeting)
{
  NvLetterDialog *self = g_object_new (NV_TYPE_LETTER_DIALOG, NULL);
  GListModel *meetings = nv_network_get_meetings (network);
  const char *letter = nv_network_get_letter_template (network);

  self->plan = g_object_ref (plan);
  self->network = g_object_ref (network);
  if (meeting == NULL && g_list_model_get_n_items (meetings) > 0)
    meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), 0));
  self->meeting = meeting != NULL ? g_object_ref (meeting) : NULL;
  self->blank = nv_meeting_new ();

  set_text (self, letter != NULL ? letter : nv_letter_default_template ());
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (update_preview), self);
  update_preview (self);
  return self;
}
