/* nv-sidebar-row.c: a network or a meeting in the sidebar
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-plan.h"
#include "nv-sidebar-row.h"

struct _NvSidebarRow
{
  AdwBin     parent_instance;

  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;

  GObject   *item;
  GListModel *counted;  /* the list whose size the subtitle shows */
};

G_DEFINE_FINAL_TYPE (NvSidebarRow, nv_sidebar_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
meeting_subtitle (NvMeeting *meeting)
{
  g_autofree char *date = nv_format_date_short (nv_meeting_get_date (meeting));
  const char *subtheme = nv_meeting_get_subtheme (meeting);

  if (date == NULL)
    date = g_strdup (_("No date"));
  if (subtheme == NULL)
    return g_steal_pointer (&date);

  /* Translators: a meeting in the sidebar: "2 Mar 2027 · Sub-theme" */
  return g_strdup_printf (_("%s · %s"), date, subtheme);
}

static void
update_labels (NvSidebarRow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *shown_title = NULL;
  g_autofree char *shown_subtitle = NULL;
  const char *title = NULL;

  if (NV_IS_PLAN (self->item))
    {
      guint n = g_list_model_get_n_items (nv_plan_get_people (NV_PLAN (self->item)));

      title = _("People");
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);
    }
  else if (NV_IS_NETWORK (self->item))
    {
      NvNetwork *network = NV_NETWORK (self->item);
      guint n = g_list_model_get_n_items (nv_network_get_meetings (network));

      title = nv_network_get_name (network);
      if (title == NULL)
        title = _("Unnamed network");
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", n), n);
    }
  else if (NV_IS_MEETING (self->item))
    {
      NvMeeting *meeting = NV_MEETING (self->item);

      title = nv_meeting_get_name (meeting);
      subtitle = meeting_subtitle (meeting);
    }

  shown_title = nv_display_text (title);
  shown_subtitle = nv_display_text (subtitle);
  gtk_label_set_text (self->title_label, shown_title);
  gtk_label_set_text (self->subtitle_label, shown_subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);
}

static void
on_item_notify_cb (NvSidebarRow *self)
{
  update_labels (self);
}

void
nv_sidebar_row_set_item (NvSidebarRow *self,
                         GObject      *item)
{
  g_return_if_fail (NV_IS_SIDEBAR_ROW (self));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, on_item_notify_cb, self);
  if (self->counted != NULL)
    g_signal_handlers_disconnect_by_func (self->counted, on_item_notify_cb, self);
  g_set_object (&self->item, item);
  g_clear_object (&self->counted);

  if (NV_IS_PLAN (item))
    self->counted = g_object_ref (nv_plan_get_people (NV_PLAN (item)));
  else if (NV_IS_NETWORK (item))
    self->counted = g_object_ref (nv_network_get_meetings (NV_NETWORK (item)));

  if (item != NULL)
    g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify_cb), self, G_CONNECT_SWAPPED);
  if (self->counted != NULL)
    g_signal_connect_object (self->counted, "items-changed", G_CALLBACK (on_item_notify_cb), self, G_CONNECT_SWAPPED);
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

GObject *
nv_sidebar_row_get_item (NvSidebarRow *self)
{
  g_return_val_if_fail (NV_IS_SIDEBAR_ROW (self), NULL);

  return self->item;
}

static void
nv_sidebar_row_dispose (GObject *object)
{
  NvSidebarRow *self = NV_SIDEBAR_ROW (object);

  nv_sidebar_row_set_item (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_SIDEBAR_ROW);

  G_OBJECT_CLASS (nv_sidebar_row_parent_class)->dispose (object);
}

static void
nv_sidebar_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NvSidebarRow *self = NV_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_sidebar_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NvSidebarRow *self = NV_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      nv_sidebar_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_sidebar_row_class_init (NvSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_sidebar_row_dispose;
  object_class->get_property = nv_sidebar_row_get_property;
  object_class->set_property = nv_sidebar_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NvSidebarRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, NvSidebarRow, subtitle_label);
}

static void
nv_sidebar_row_init (NvSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
