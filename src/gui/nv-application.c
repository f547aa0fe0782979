/* nv-application.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-application.h"
#include "nv-bench.h"
#include "nv-gui-util.h"
#include "nv-plan-file.h"
#include "nv-recovery.h"
#include "nv-window.h"

#define MAX_RECENT 10

struct _NvApplication
{
  AdwApplication  parent_instance;

  GMenu          *recent_menu;
  gboolean        recovery_checked;
};

G_DEFINE_FINAL_TYPE (NvApplication, nv_application, ADW_TYPE_APPLICATION)

/* For bench/run.sh: the plan is shown once the window has one */
static gboolean
window_shows_plan (GtkWindow *window)
{
  return nv_window_get_plan (NV_WINDOW (window)) != NULL;
}

static GtkScrolledWindow *
window_show_page (GtkWindow  *window,
                  const char *what)
{
  return nv_window_show_page (NV_WINDOW (window), what);
}

static NvWindow *
new_window (NvApplication *self)
{
  NvWindow *window = g_object_new (NV_TYPE_WINDOW, "application", self, NULL);

  nv_bench_watch_window (GTK_WINDOW (window), window_shows_plan, window_show_page);
  return window;
}

/* An untouched untitled plan gives its window to the next opened file */
static NvWindow *
window_for_file (NvApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (NV_IS_WINDOW (active) && nv_window_is_blank (NV_WINDOW (active)) &&
      nv_window_get_plan (NV_WINDOW (active)) != NULL)
    {
      gtk_window_destroy (active);
    }

  return new_window (self);
}

static void
open_file (NvApplication *self,
           GFile         *file)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));
  NvWindow *window;

  /* A plan that is open already is brought forward, not opened twice */
  for (GList *l = windows; l != NULL; l = l->next)
    {
      GFile *shown = NV_IS_WINDOW (l->data) ? nv_window_get_file (l->data) : NULL;

      if (shown != NULL && g_file_equal (shown, file))
        {
          gtk_window_present (l->data);
          return;
        }
    }

  window = window_for_file (self);
  nv_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
}

/* ───────────────── Recovery after a crash ───────────────── */

static void
close_blank_window_of (NvApplication *self,
                       GFile         *file)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  if (file == NULL)
    return;

  for (GList *l = windows; l != NULL; l = l->next)
    {
      NvWindow *window = l->data;
      GFile *shown = NV_IS_WINDOW (window) ? nv_window_get_file (window) : NULL;

      if (shown != NULL && g_file_equal (shown, file) && !nv_window_is_modified (window))
        {
          gtk_window_destroy (GTK_WINDOW (window));
          return;
        }
    }
}

static void
on_recovery_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         GPtrArray        *entries)
{
  NvApplication *self = g_object_get_data (G_OBJECT (dialog), "nv-application");

  for (guint i = 0; i < entries->len; i++)
    {
      NvRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GError) error = NULL;
      NvWindow *window;

      if (!g_str_equal (response, "recover"))
        {
          nv_recovery_discard (entry->id);
          continue;
        }

      /* The plan may be open already, from the command line: the
       * recovered one takes its place, not a second window beside it */
      close_blank_window_of (self, entry->original);

      window = new_window (self);
      if (!nv_window_restore (window, entry, &error))
        {
          g_warning ("Could not recover %s: %s", entry->plan_path, error->message);
          gtk_window_destroy (GTK_WINDOW (window));
          continue;
        }
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* What a crash or a kill left unsaved is offered back once, at start */
static void
offer_recovery (NvApplication *self,
                GtkWindow     *parent)
{
  g_autoptr(GPtrArray) entries = NULL;
  GtkWidget *dialog;
  GString *names;

  if (self->recovery_checked)
    return;
  self->recovery_checked = TRUE;

  entries = nv_recovery_list ();
  if (entries->len == 0)
    return;

  names = g_string_new (NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      NvRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *name = entry->original ? g_file_get_basename (entry->original)
                                              : g_strdup (_("Untitled Plan"));

      g_string_append_printf (names, "\n• %s", name);
    }

  dialog = adw_message_dialog_new (parent, _("Recover Unsaved Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s%s",
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "Netværk was closed without saving the changes to this plan:",
                                               "Netværk was closed without saving the changes to these plans:",
                                               entries->len),
                                  names->str);
  g_string_free (names, TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard Changes"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  /* The application that asks, not the process's default one */
  g_object_set_data (G_OBJECT (dialog), "nv-application", self);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_recovery_response_cb),
                         g_steal_pointer (&entries), (GClosureNotify) (void (*) (void)) g_ptr_array_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ───────────────── Application ───────────────── */

static void
nv_application_activate (GApplication *app)
{
  NvApplication *self = NV_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (new_window (self));
      nv_window_new_plan (NV_WINDOW (window));
    }

  gtk_window_present (window);
  offer_recovery (self, window);
}

/* Each plan gets a window of its own */
static void
nv_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  NvApplication *self = NV_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    open_file (self, files[i]);

  offer_recovery (self, gtk_application_get_active_window (GTK_APPLICATION (app)));
}

static gboolean
is_plan (GtkRecentInfo *info)
{
  return g_strcmp0 (gtk_recent_info_get_mime_type (info), "application/x-netvaerk-plan") == 0 ||
         g_str_has_suffix (gtk_recent_info_get_uri (info), NV_PLAN_FILE_SUFFIX);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *time_a = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *time_b = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (time_b, time_a);
}

/* The "Open Recent" menu: the last plans opened or saved, newest first */
static void
update_recent_menu (NvApplication *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();

  for (GList *l = items; l != NULL; l = l->next)
    if (is_plan (l->data) && gtk_recent_info_exists (l->data))
      g_ptr_array_add (plans, l->data);
  g_ptr_array_sort (plans, compare_recent);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < MIN (plans->len, MAX_RECENT); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (plans, i);
      g_autofree char *label = nv_menu_label (gtk_recent_info_get_display_name (info));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "app.open-uri", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

GMenuModel *
nv_application_get_recent_menu (NvApplication *self)
{
  g_return_val_if_fail (NV_IS_APPLICATION (self), NULL);

  return G_MENU_MODEL (self->recent_menu);
}

static void
nv_application_startup (GApplication *app)
{
  NvApplication *self = NV_APPLICATION (app);

  G_APPLICATION_CLASS (nv_application_parent_class)->startup (app);

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}

static void
nv_application_dispose (GObject *object)
{
  NvApplication *self = NV_APPLICATION (object);

  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (nv_application_parent_class)->dispose (object);
}

static void
nv_application_class_init (NvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = nv_application_dispose;
  app_class->startup = nv_application_startup;
  app_class->activate = nv_application_activate;
  app_class->open = nv_application_open;
}

/* ───────────────── Actions ───────────────── */

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  NvWindow *window = new_window (NV_APPLICATION (user_data));

  nv_window_new_plan (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_open_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     NvApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      open_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  NvApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = schema ? g_settings_new (APPLICATION_ID) : NULL;
  GtkFileChooserNative *chooser = nv_file_chooser_new (parent, GTK_FILE_CHOOSER_ACTION_OPEN, settings, NV_FILE_PLAN);

  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_uri_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_file (NV_APPLICATION (user_data), file);
}

/* Each window asks about its own unsaved changes; the application ends
 * when the last one has closed */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_list_free (windows);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  static const char *developers[] = { "Netværk developers", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_show_about_window (window,
                         "application-name", _("Netværk"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", "Netværk developers",
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan series of network-group meetings: agendas, roles, invitations and minutes"),
                         "developers", developers,
                         /* Translators: your name(s), one per line */
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 Netværk developers",
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "new", new_activated },
  { "open", open_activated },
  { "open-uri", open_uri_activated, "s" },
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
nv_application_init (NvApplication *self)
{
  self->recent_menu = g_menu_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open",
                                         (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });

  /* Application accelerators come before the focused widget's own keys:
   * Ctrl+Z in a text field undoes in the plan, like everywhere else */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.undo",
                                         (const char *[]) { "<Control>z", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.redo",
                                         (const char *[]) { "<Control><Shift>z", "<Control>y", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save",
                                         (const char *[]) { "<Control>s", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save-as",
                                         (const char *[]) { "<Control><Shift>s", NULL });
}

NvApplication *
nv_application_new (void)
{
  return g_object_new (NV_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/com/example/Netvaerk",
                       NULL);
}
