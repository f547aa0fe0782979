/* nv-window-documents.c: printing, PDF export and invitation e-mails
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <string.h>

#include "nv-documents.h"
#include "nv-gui-util.h"
#include "nv-letter.h"
#include "nv-letter-dialog.h"
#include "nv-window-private.h"

/* The printer and page set-up chosen last, kept between runs so that the
 * next agenda prints the same way */
static GtkPrintSettings *print_settings;
static GtkPageSetup *page_setup;

static char *
print_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "netvaerk", "print.ini", NULL);
}

static void
load_print_settings (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GKeyFile) file = g_key_file_new ();

  if (print_settings != NULL)
    return;

  path = print_settings_path ();
  if (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    {
      print_settings = gtk_print_settings_new_from_key_file (file, NULL, NULL);
      page_setup = gtk_page_setup_new_from_key_file (file, NULL, NULL);
    }

  if (print_settings == NULL)
    print_settings = gtk_print_settings_new ();
  if (page_setup == NULL)
    {
      double width, height;
      g_autoptr(GtkPaperSize) paper = NULL;

      nv_paper_size_default (&width, &height);
      paper = gtk_paper_size_new (width == NV_PAPER_LETTER_WIDTH ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size (page_setup, paper);
    }
}

static void
save_print_settings (void)
{
  g_autofree char *path = print_settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  gtk_print_settings_to_key_file (print_settings, file, NULL);
  gtk_page_setup_to_key_file (page_setup, file, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0 || !g_key_file_save_to_file (file, path, &error))
    g_warning ("Could not keep the print settings in %s: %s", path, error ? error->message : g_strerror (errno));
}

/* "agenda", "poster", "invitation" (a letter to each person invited),
 * "letter-to-all", "contacts" or "plan": of the meeting or network shown */
static NvDocument *
document_for (NvWindow    *self,
              const char  *kind_name,
              GError     **error)
{
  NvMeeting *meeting = NV_IS_MEETING (self->shown_item) ? NV_MEETING (self->shown_item) : NULL;
  NvNetwork *network = nv_window_current_network (self);
  NvDocumentKind kind;

  if (g_str_equal (kind_name, "poster") && meeting != NULL)
    return nv_document_new_agenda (self->plan, meeting, TRUE);
  if (g_str_equal (kind_name, "letter-to-all") && meeting != NULL)
    return nv_document_new_invitations (self->plan, meeting, FALSE, error);

  /* An unknown name makes nv_document_new_of_kind() say so */
  if (!nv_document_kind_from_string (kind_name, &kind))
    kind = (NvDocumentKind) -1;
  return nv_document_new_of_kind (kind, self->plan, meeting, network, error);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   NvDocument        *document)
{
  guint n_pages = nv_document_paginate (document, gtk_print_context_get_cairo_context (context),
                                        gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 NvDocument        *document)
{
  nv_document_draw_page (document, gtk_print_context_get_cairo_context (context), page);
}

/**
 * nv_window_print:
 * @kind: "agenda", "poster", "invitation", "letter-to-all", "contacts" or "plan"
 * @export_path: (nullable): a PDF file to write without asking, instead
 *   of showing the print dialog
 *
 * Prints a document of the meeting or network shown, with the printer
 * and page set-up the user chose last.
 *
 * Returns: %FALSE with @error set if the document could not be made or
 * printed
 */
gboolean
nv_window_print (NvWindow    *self,
                 const char  *kind,
                 const char  *export_path,
                 GError     **error)
{
  g_autoptr(NvDocument) document = document_for (self, kind, error);
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  if (document == NULL)
    return FALSE;

  load_print_settings ();
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_print_settings (operation, print_settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The document draws its own margins, in points, as the PDF export does */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, nv_document_get_title (document));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), document);

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);

  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&print_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&page_setup, gtk_print_operation_get_default_page_setup (operation));
      save_print_settings ();
    }
  return TRUE;
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!nv_window_print (self, g_variant_get_string (parameter, NULL), NULL, &error))
    nv_window_show_error (self, _("Could Not Print"), error->message);
}

/* Ctrl+P: the agenda of the meeting shown, or the network's series plan */
static void
print_shown_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  gtk_widget_activate_action (widget, "win.print", "s",
                              NV_IS_MEETING (self->shown_item) ? "agenda" : "plan");
}

typedef struct
{
  NvWindow   *window;
  NvDocument *document;
} PdfExport;

static void
on_pdf_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  PdfExport       *export)
{
  NvWindow *self = export->window;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) pdf = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      load_print_settings ();
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      nv_window_remember_folder (self, file);
      pdf = nv_document_to_pdf (export->document,
                                gtk_page_setup_get_paper_width (page_setup, GTK_UNIT_POINTS),
                                gtk_page_setup_get_paper_height (page_setup, GTK_UNIT_POINTS));
      nv_window_write_export (self, file, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL);
    }

  g_object_unref (export->document);
  g_free (export);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* A file name from a document's title: "Dagsorden: Første møde" becomes
 * "Dagsorden – Første møde.pdf"; no character a file system refuses */
static char *
pdf_file_name (const char *title)
{
  g_auto(GStrv) parts = g_strsplit (title, ": ", -1);
  g_autofree char *joined = g_strjoinv (" – ", parts);
  char *name = g_strconcat (joined, ".pdf", NULL);

  g_strdelimit (name, "/\\:", '-');
  return name;
}

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  NvDocument *document = document_for (self, g_variant_get_string (parameter, NULL), &error);
  g_autofree char *suggested = NULL;
  GtkFileChooserNative *chooser;
  PdfExport *export;

  if (document == NULL)
    {
      nv_window_show_error (self, _("Could Not Export"), error->message);
      return;
    }

  export = g_new0 (PdfExport, 1);
  export->window = self;
  export->document = document;
  suggested = pdf_file_name (nv_document_get_title (document));
  chooser = nv_file_chooser_new (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, self->settings, NV_FILE_PDF);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_signal_connect (chooser, "response", G_CALLBACK (on_pdf_chosen_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The user's mail program, with everyone invited, the letter and the
 * agenda; then the invitation for their calendars, to attach */
static void
compose_email_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  if (!NV_IS_MEETING (self->shown_item))
    return;

  uri = nv_letter_mailto_uri (self->plan, NV_MEETING (self->shown_item), &error);
  if (uri == NULL)
    {
      nv_window_show_error (self, _("The Invitation Letter Has an Error"), error->message);
      return;
    }

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  nv_window_add_toast (self, nv_toast_new (_("Save the calendar invitation, then attach it to the e-mail")));
  gtk_widget_activate_action (widget, "win.export-message", "s", "request");
}

static void
edit_letter_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvNetwork *network = nv_window_current_network (self);
  NvLetterDialog *dialog;

  if (network == NULL)
    return;

  dialog = nv_letter_dialog_new (self->plan, network,
                                 NV_IS_MEETING (self->shown_item) ? NV_MEETING (self->shown_item) : NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
nv_window_class_install_document_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", "s", print_activated);
  gtk_widget_class_install_action (widget_class, "win.print-shown", NULL, print_shown_activated);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s", export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "win.compose-email", NULL, compose_email_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-letter", NULL, edit_letter_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-shown", NULL);
}
