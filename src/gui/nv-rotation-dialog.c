/* nv-rotation-dialog.c: "Rotate Roles": who chairs, takes the minutes, hosts…
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-history.h"
#include "nv-meeting.h"
#include "nv-rotation.h"
#include "nv-rotation-dialog.h"
#include "nv-util.h"

/*
 * The user picks the roles and whether roles already given are replaced
 * and past meetings included; the table shows, meeting by meeting, who
 * would have each role (new ones in bold, the ones that stay grey)
 * before anything changes. The proposal comes from
 * nv_rotation_propose() and is given as one undoable step.
 */

struct _NvRotationDialog
{
  AdwWindow             parent_instance;

  GtkCheckButton       *chair_check;
  GtkCheckButton       *minute_taker_check;
  GtkCheckButton       *host_check;
  GtkCheckButton       *boundary_keeper_check;
  GtkCheckButton       *theme_lead_check;
  GtkSwitch            *replace_switch;
  GtkSwitch            *upcoming_switch;
  AdwPreferencesGroup  *preview_group;
  GtkStack             *preview_stack;
  GtkColumnView        *column_view;
  GtkLabel             *message_label;

  NvPlan               *plan;
  NvNetwork            *network;
  GListStore           *rows;      /* the proposal's meetings */
  GPtrArray            *slots;     /* the proposal, given as it is */
  GHashTable           *by_meeting;
};

G_DEFINE_FINAL_TYPE (NvRotationDialog, nv_rotation_dialog, ADW_TYPE_WINDOW)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkCheckButton *
role_check (NvRotationDialog *self,
            NvRole            role)
{
  GtkCheckButton *checks[NV_N_ROLES] = {
    self->chair_check, self->minute_taker_check, self->host_check,
    self->boundary_keeper_check, self->theme_lead_check,
  };

  return checks[role];
}

static const char *
person_name (NvRotationDialog *self,
             const char       *person)
{
  const char *name = nv_plan_person_name (self->plan, person);

  return name != NULL ? name : _("Unnamed person");
}

static void
update_preview (NvRotationDialog *self)
{
  NvRotationOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  guint n_changes;
  g_autofree char *description = NULL;

  /* The form's signals come while the template is built, before there
   * is a network */
  if (self->network == NULL)
    return;

  for (NvRole role = 0; role < NV_N_ROLES; role++)
    if (gtk_check_button_get_active (role_check (self, role)))
      options.roles |= NV_ROLE_FLAG (role);
  options.replace = gtk_switch_get_active (self->replace_switch);
  options.from_date = gtk_switch_get_active (self->upcoming_switch) ? nv_date_today () : 0;

  g_list_store_remove_all (self->rows);
  g_hash_table_remove_all (self->by_meeting);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  self->slots = nv_rotation_propose (self->plan, self->network, &options, &error);
  if (self->slots == NULL)
    {
      gtk_label_set_text (self->message_label, error->message);
      gtk_stack_set_visible_child_name (self->preview_stack, "message");
      adw_preferences_group_set_description (self->preview_group, NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "rotation.accept", FALSE);
      return;
    }

  for (guint i = 0; i < self->slots->len; i++)
    {
      NvRotationSlot *slot = g_ptr_array_index (self->slots, i);

      g_hash_table_insert (self->by_meeting, slot->meeting, slot);
      g_list_store_append (self->rows, slot->meeting);
    }

  n_changes = nv_rotation_count_changes (self->slots);
  if (n_changes > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u role to give, in bold; the others stay as they are",
                                                "%u roles to give, in bold; the others stay as they are",
                                                n_changes),
                                   n_changes);
  else
    description = g_strdup (_("Everyone has these roles already"));
  adw_preferences_group_set_description (self->preview_group, description);
  gtk_stack_set_visible_child_name (self->preview_stack, "table");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rotation.accept", n_changes > 0);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_role_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                NvRotationDialog         *self)
{
  NvRole role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "role"));
  NvMeeting *meeting = gtk_list_item_get_item (item);
  NvRotationSlot *slot = g_hash_table_lookup (self->by_meeting, meeting);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;
  const char *style = "dim-label";

  if (slot == NULL)
    return;

  if (slot->proposed[role] != NULL)
    {
      text = nv_display_text (person_name (self, slot->proposed[role]));
      style = "nv-rotation-new";
    }
  else if (slot->unfilled & NV_ROLE_FLAG (role))
    {
      text = g_strdup (_("Nobody can come"));
      style = "warning";
    }
  else
    {
      g_auto(GStrv) holders = nv_role_holders (meeting, role);
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; holders[i] != NULL; i++)
        {
          g_autofree char *name = nv_display_text (person_name (self, holders[i]));

          g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", name);
        }
      text = names->len > 0 ? g_strdup (names->str) : g_strdup ("—");
    }

  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
  gtk_widget_set_css_classes (GTK_WIDGET (label), (const char *[]) { style, NULL });
}

static void
bind_meeting_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   NvRotationDialog         *self)
{
  NvMeeting *meeting = gtk_list_item_get_item (item);
  g_autofree char *shown = nv_display_text (nv_meeting_get_name (meeting));
  g_autofree char *date = nv_format_date_short (nv_meeting_get_date (meeting));
  g_autofree char *text = g_strdup_printf ("%s · %s", date, shown);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static void
add_column (NvRotationDialog *self,
            const char       *title,
            int               role)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  if (role < 0)
    g_signal_connect (factory, "bind", G_CALLBACK (bind_meeting_cell), self);
  else
    {
      g_object_set_data (G_OBJECT (factory), "role", GUINT_TO_POINTER (role));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_role_cell), self);
    }

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

static void
accept_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NvRotationDialog *self = NV_ROTATION_DIALOG (widget);
  NvHistory *history = nv_plan_get_history (self->plan);
  guint n_changes;

  if (self->slots == NULL)
    return;

  n_changes = nv_rotation_count_changes (self->slots);
  nv_history_begin_group (history, _("Rotate Roles"));
  nv_rotation_apply (self->slots);
  nv_history_end_group (history);

  g_signal_emit (self, signals[APPLIED], 0, n_changes);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * nv_rotation_dialog_new:
 *
 * Returns: (transfer none): the dialog, shown; it emits "applied" with
 * the number of roles given once they are in @network's meetings
 */
NvRotationDialog *
nv_rotation_dialog_new (GtkWindow *parent,
                        NvPlan    *plan,
                        NvNetwork *network)
{
  NvRotationDialog *self = g_object_new (NV_TYPE_ROTATION_DIALOG, "transient-for", parent, NULL);

  self->plan = g_object_ref (plan);
  self->network = g_object_ref (network);
  update_preview (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static void
nv_rotation_dialog_dispose (GObject *object)
{
  NvRotationDialog *self = NV_ROTATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_ROTATION_DIALOG);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->by_meeting, g_hash_table_unref);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_object (&self->network);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_rotation_dialog_parent_class)->dispose (object);
}

static void
nv_rotation_dialog_class_init (NvRotationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_rotation_dialog_dispose;

  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-rotation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, chair_check);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, minute_taker_check);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, host_check);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, boundary_keeper_check);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, theme_lead_check);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, replace_switch);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, upcoming_switch);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, NvRotationDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, update_preview);

  gtk_widget_class_install_action (widget_class, "rotation.accept", NULL, accept_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nv_rotation_dialog_init (NvRotationDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (NV_TYPE_MEETING);
  self->by_meeting = g_hash_table_new (g_direct_hash, g_direct_equal);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  add_column (self, _("Meeting"), -1);
  for (NvRole role = 0; role < NV_N_ROLES; role++)
    add_column (self, nv_role_label (role), role);
}
