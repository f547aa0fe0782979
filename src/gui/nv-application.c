/* nv-application.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-application.h"
#include "nv-window.h"

struct _NvApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (NvApplication, nv_application, ADW_TYPE_APPLICATION)

static NvWindow *
new_window (NvApplication *self)
{
  return g_object_new (NV_TYPE_WINDOW, "application", self, NULL);
}

static void
nv_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (new_window (NV_APPLICATION (app)));

  gtk_window_present (window);
}

/* Each plan gets a window of its own */
static void
nv_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      NvWindow *window = new_window (NV_APPLICATION (app));

      nv_window_load_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
nv_application_class_init (NvApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = nv_application_activate;
  app_class->open = nv_application_open;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
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
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
nv_application_init (NvApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
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
